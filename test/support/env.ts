// Quiet hours hold staff notices by the wall clock (src/outbox/enqueue.ts): a test that is not about
// them must not pass by day and fail at night. test/outbox/delivery.test.ts turns them on.
process.env.OUTBOX_QUIET_HOURS ??= '0';
