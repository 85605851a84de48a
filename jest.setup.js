// Tests read results, not logs: keep the services quiet unless asked.
process.env.LOG_LEVEL ??= 'silent';
