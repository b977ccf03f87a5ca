// Quiet hours hold staff notices by the wall clock (src/outbox/enqueue.ts): a test that is not about
// them must not pass by day and fail at night. test/outbox/delivery.test.ts turns them on.
process.env.OUTBOX_QUIET_HOURS ??= '0';
// The tests stand in for the reverse proxy: each simulated client's address comes in X-Forwarded-For.
// test/http/proxy.test.ts turns it off and checks that the header is then ignored.
process.env.TRUST_PROXY ??= '1';
