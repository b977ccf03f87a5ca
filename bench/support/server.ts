import { spawn, ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export const ROOT = path.resolve(__dirname, '..', '..');

export interface ServerOptions {
  databaseUrl: string;
  /** Pin the server to these CPUs with taskset (e.g. '1'), so a load generator on the other core does not steal from it. */
  cpus?: string;
  /** Write a V8 CPU profile into this directory when the server exits (SIGTERM). */
  cpuProfDir?: string;
  env?: Record<string, string>;
  /** Give up if the server has not said its port by then. (LOG_LEVEL must stay at info or below: the port is read from the "listening" line.) */
  startTimeoutMs?: number;
}

export interface ServerProc {
  url: string;
  port: number;
  pid: number;
  child: ChildProcess;
  /** Everything the server wrote, for diagnosis when a test fails. */
  output(): string;
  /** SIGTERM and wait for the exit (lets a CPU profile be written). */
  stop(): Promise<void>;
  /** SIGKILL: no shutdown code runs, like a power cut for the process. */
  kill9(): Promise<void>;
  exited: Promise<number | null>;
}

/**
 * Starts `src/main.ts` in a child process on a free port (PORT=0) and learns the port from its
 * "listening" log line. Jobs are off unless the caller turns them on.
 */
export function startServer(opts: ServerOptions): Promise<ServerProc> {
  const register = tsRegister();
  const nodeArgs = [...(opts.cpuProfDir ? ['--cpu-prof', `--cpu-prof-dir=${opts.cpuProfDir}`] : []), '-r', register, 'src/main.ts'];
  const [cmd, args] = opts.cpus ? ['taskset', ['-c', opts.cpus, process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: opts.databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    JOBS_ENABLED: '0',
    LOG_LEVEL: 'info',
    ...opts.env,
  };
  // Jest marks its workers; the child is a real server and must log like one.
  delete env.JEST_WORKER_ID;
  // BENCH_SERVER_ROOT: run another checkout's server (e.g. a worktree of an older commit, for before/after figures).
  const child = spawn(cmd as string, args as string[], { cwd: process.env.BENCH_SERVER_ROOT || ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  child.stderr!.on('data', (d) => (out += d));
  return new Promise<ServerProc>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in time:\n${out.slice(-4000)}`));
    }, opts.startTimeoutMs ?? 60_000);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before listening:\n${out.slice(-4000)}`));
    });
    const lines = readline.createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      out += line + '\n';
      if (!line.includes('listening')) return;
      try {
        const port = Number(JSON.parse(line).port);
        if (!port) return;
        clearTimeout(timer);
        const proc: ServerProc = {
          url: `http://127.0.0.1:${port}`,
          port,
          pid: child.pid!,
          child,
          output: () => out,
          exited,
          async stop() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
            await exited;
          },
          async kill9() {
            if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
            await exited;
          },
        };
        resolve(proc);
      } catch {
        // not the JSON line we wait for
      }
    });
  });
}

/**
 * ts-node transpiles with swc when @swc/core is installed (it is, through ts-node's optional
 * peer): the server then starts in a second or two instead of several. Same code either way.
 */
/** The `-r` module for child processes running TypeScript: swc when available, else ts-node. */
export function tsRegister(): string {
  return hasSwc() ? path.join(__dirname, 'register-swc.js') : 'ts-node/register/transpile-only';
}

function hasSwc(): boolean {
  try {
    require.resolve('@swc/core', { paths: [ROOT] });
    return true;
  } catch {
    return false;
  }
}
