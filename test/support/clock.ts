/**
 * Stops only the wall clock (Date): timers, I/O and microtasks run as usual, so a server under test
 * keeps answering while token buckets cannot refill mid-test on a slow machine. Undo with
 * jest.useRealTimers().
 */
export function freezeDate(at?: number | Date): void {
  jest.useFakeTimers({
    doNotFake: [
      'nextTick',
      'setImmediate',
      'clearImmediate',
      'setTimeout',
      'clearTimeout',
      'setInterval',
      'clearInterval',
      'queueMicrotask',
      'hrtime',
      'performance',
    ],
  });
  if (at !== undefined) jest.setSystemTime(at);
}
