import { parseArgs, ParseArgsConfig } from 'node:util';
import { DataSource } from 'typeorm';
import { loadConfig } from '../config';
import { openDatabase } from '../db/bootstrap';
import { AppError } from '../errors';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** One CLI command. `run` never throws: it reports on `io` and returns the exit code. */
export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  run(args: string[], io: CliIo): Promise<number>;
}

export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** Bad invocation: reported as one line with the usage, exit code 2. */
export class UsageError extends Error {}

type Options = NonNullable<ParseArgsConfig['options']>;
type Parsed<O extends Options> = ReturnType<typeof parseArgs<{ options: O; strict: true; allowPositionals: true }>>;

export interface CommandSpec<O extends Options> {
  name: string;
  summary: string;
  usage: string;
  options: O;
  /** Positional arguments are rejected unless this is set. */
  positionals?: boolean;
  handler(ctx: { values: Parsed<O>['values']; positionals: string[]; io: CliIo }): Promise<number | void>;
}

/**
 * Builds a command with strict node:util parseArgs, `--help`, and uniform error reporting:
 * usage problems (and 400-type domain errors such as an unknown staff id) exit 2, other
 * failures exit 1, each as a single line on stderr.
 */
export function defineCommand<O extends Options>(spec: CommandSpec<O>): CliCommand {
  return {
    name: spec.name,
    summary: spec.summary,
    usage: spec.usage,
    async run(args, io) {
      try {
        let parsed: Parsed<O>;
        try {
          parsed = parseArgs({
            args,
            options: { ...spec.options, help: { type: 'boolean', short: 'h' } } as O,
            strict: true,
            allowPositionals: true,
          });
        } catch (e: any) {
          // Node's unknown-option text goes on about positionals after '--'; keep the point.
          const unknown = e?.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && /'([^']+)'/.exec(String(e.message));
          throw new UsageError(unknown ? `unknown option '${unknown[1]}'` : String(e?.message ?? e));
        }
        if ((parsed.values as Record<string, unknown>).help) {
          io.out(`usage: ${spec.usage}`);
          io.out(spec.summary);
          return EXIT_OK;
        }
        if (parsed.positionals.length && !spec.positionals) {
          throw new UsageError(`unexpected argument '${parsed.positionals[0]}'`);
        }
        return (await spec.handler({ values: parsed.values, positionals: parsed.positionals, io })) ?? EXIT_OK;
      } catch (e: any) {
        if (e instanceof UsageError || (e instanceof AppError && e.status === 400)) {
          io.err(`${spec.name}: ${oneLine(e.message)} (usage: ${spec.usage})`);
          return EXIT_USAGE;
        }
        io.err(`${spec.name}: ${oneLine(String(e?.message ?? e))}`);
        return EXIT_FAILED;
      }
    },
  };
}

const oneLine = (s: string) => s.replace(/\s*\n\s*/g, ' ').trim();

/** Opens the database named by DATABASE_URL (migrated), runs `fn`, and always closes it. */
export async function withDatabase<T>(fn: (ds: DataSource) => Promise<T>, opts: { migrate?: boolean } = {}): Promise<T> {
  const config = loadConfig();
  const ds = await openDatabase(config, { migrate: opts.migrate ?? true });
  try {
    return await fn(ds);
  } finally {
    await ds.destroy();
  }
}

/** "220382,411726" → ['220382', '411726'], each a 6-digit code (existence is checked separately). */
export function parseCountyCodes(raw: string, flag: string): string[] {
  const codes = [
    ...new Set(
      raw
        .split(/[,，\s]+/)
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ];
  if (!codes.length) throw new UsageError(`${flag} needs at least one county code`);
  const bad = codes.filter((c) => !/^\d{6}$/.test(c));
  if (bad.length) throw new UsageError(`${flag}: not a 6-digit county code: ${bad.join(', ')}`);
  return codes;
}
