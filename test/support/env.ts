// Quiet hours hold staff notices by the wall clock (src/outbox/enqueue.ts): a test that is not about
// them must not pass by day and fail at night. test/outbox/delivery.test.ts turns them on.
process.env.OUTBOX_QUIET_HOURS ??= '0';
// The tests stand in for the reverse proxy: each simulated client's address comes in X-Forwarded-For.
// test/http/proxy.test.ts turns it off and checks that the header is then ignored.
process.env.TRUST_PROXY ??= '1';
// Property tests (fast-check) explore new inputs on every local run, but in CI they replay one fixed
// seed so that a submission lands or not on its own merits, not on the draw; FC_SEED=<n> replays a
// failure's seed anywhere (fast-check prints it), FC_SEED=random explores in CI too.
{
  const seed = process.env.FC_SEED ?? (process.env.CI === 'true' ? '20261130' : 'random');
  if (seed !== 'random') require('fast-check').configureGlobal({ seed: Number(seed) });
}
