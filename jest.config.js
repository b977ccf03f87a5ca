/** Tests run on SQLite by default; TEST_DATABASE_URL=mysql://… runs the same suite on MySQL/MariaDB. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { diagnostics: false }] },
  setupFiles: ['reflect-metadata'],
  testTimeout: 30000,
  maxWorkers: process.env.JEST_WORKERS || 2,
};
