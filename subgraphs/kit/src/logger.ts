import pino from 'pino';

/** Structured JSON logs, one line per event; LOG_LEVEL=silent in tests. */
export function createLogger(service: string): pino.Logger {
  return pino({
    name: service,
    level: process.env.LOG_LEVEL ?? 'info',
    base: { service },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
}

export type Logger = pino.Logger;
