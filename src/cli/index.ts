import 'reflect-metadata';
import { CliIo, EXIT_OK, EXIT_USAGE } from './command';
import { commands, findCommand } from './commands';

const consoleIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

function help(io: CliIo): void {
  io.out('usage: npm run cli -- <command> [options]');
  io.out('');
  const width = Math.max(...commands.map((c) => c.name.length));
  for (const c of commands) io.out(`  ${c.name.padEnd(width)}  ${c.summary}`);
  io.out('');
  io.out('`help <command>` or `<command> --help` shows its options. DATABASE_URL selects the database.');
}

/** Runs one CLI invocation and returns its exit code (0 ok, 1 failed, 2 bad usage). */
export async function runCli(argv: string[], io: CliIo = consoleIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    if (name === 'help' && args[0]) {
      const c = findCommand(args[0]);
      if (!c) {
        io.err(`unknown command '${args[0]}' (try: help)`);
        return EXIT_USAGE;
      }
      io.out(`usage: ${c.usage}`);
      io.out(c.summary);
      return EXIT_OK;
    }
    help(io);
    return name ? EXIT_OK : EXIT_USAGE;
  }
  const command = findCommand(name);
  if (!command) {
    io.err(`unknown command '${name}' (try: help)`);
    return EXIT_USAGE;
  }
  return command.run(args, io);
}

if (require.main === module) {
  runCli(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (e) => {
      process.stderr.write(`${e?.stack ?? e}\n`);
      process.exitCode = 1;
    },
  );
}
