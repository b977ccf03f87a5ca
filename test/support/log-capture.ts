/**
 * Captures what src/log.ts writes (one JSON line per entry, to stdout or stderr) while a test
 * runs, at debug level, without printing it. Other output passes through untouched.
 */
export interface LogCapture {
  lines: string[];
  text(): string;
  restore(): void;
}

export function captureLogs(level = 'debug'): LogCapture {
  const savedLevel = process.env.LOG_LEVEL;
  process.env.LOG_LEVEL = level;
  const lines: string[] = [];
  const originals = { out: process.stdout.write, err: process.stderr.write };
  const wrap = (original: typeof process.stdout.write, stream: NodeJS.WriteStream) =>
    function (this: unknown, chunk: any, ...rest: any[]) {
      const s = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk);
      if (s.startsWith('{"t":')) {
        lines.push(...s.split('\n').filter(Boolean));
        const cb = rest.find((r) => typeof r === 'function');
        if (cb) cb();
        return true;
      }
      return (original as any).call(stream, chunk, ...rest);
    } as typeof process.stdout.write;
  process.stdout.write = wrap(originals.out, process.stdout);
  process.stderr.write = wrap(originals.err, process.stderr);
  return {
    lines,
    text: () => lines.join('\n'),
    restore() {
      process.stdout.write = originals.out;
      process.stderr.write = originals.err;
      if (savedLevel === undefined) delete process.env.LOG_LEVEL;
      else process.env.LOG_LEVEL = savedLevel;
    },
  };
}
