/** Tests run on SQLite by default; TEST_DATABASE_URL=mysql://… runs the same suite on MySQL/MariaDB. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  setupFiles: ['reflect-metadata', '<rootDir>/test/support/env.ts'],
  // Migrates and seeds template databases once per run; createTestDb copies them (test/support/templates.ts).
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
  maxWorkers: process.env.JEST_WORKERS || 2,
  // A worker leaves when its event loop is empty; Node then frees a heap of several hundred MB
  // (every test file's module graph), which on a loaded 2-core machine takes more than jest's
  // default 500 ms, and jest reported "failed to exit gracefully … tests leaking". Traced: the
  // worker's 'exit' event fires within milliseconds of jest's end message and the main thread is
  // in munmap/madvise until the SIGTERM; no handle is open. A real leak still shows after 5 s.
  workerGracefulExitTimeout: 5000,
};
