// Tests read results, not logs: keep the services quiet unless asked.
process.env.LOG_LEVEL ??= 'silent';
// Test hubs never push into a developer's real NATS stream; push tests set their own.
delete process.env.NATS_URL;
