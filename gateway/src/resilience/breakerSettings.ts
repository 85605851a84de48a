/**
 * When the gateway stops calling a department that is unwell, and when it tries again. One
 * circuit per department (and per gateway copy): a department that keeps failing is failed
 * fast, so the rest of each answer comes at once instead of after the department's deadline.
 */
export interface BreakerSettings {
  /** Calls in a row that failed for the department's own reasons, after which its circuit opens. */
  failuresInARow: number;
  /** Or: the share of calls in the window (per cent) that failed, once there were `minCalls` of them. */
  errorPercent: number;
  minCalls: number;
  /** The window the share is counted over. */
  windowMs: number;
  /** How long an open circuit fails fast before one call is let through to see if the department is back. */
  resetMs: number;
}

/**
 * Five failures in a row is no accident on a department that normally answers every call,
 * and opens the circuit at once when a department dies under load (the share alone would
 * wait for the window's earlier successes to age out). The share catches a department that
 * fails every other call. A probe every 5 s costs a dead department at most one call per
 * 5 s, and a clerk whose department came back waits at most 5 s for its fields.
 */
export const DEFAULT_BREAKER_SETTINGS: BreakerSettings = { failuresInARow: 5, errorPercent: 50, minCalls: 10, windowMs: 10_000, resetMs: 5_000 };

/**
 * HUB_BREAKER_FAILURES_IN_A_ROW, HUB_BREAKER_ERROR_PERCENT (1–100), HUB_BREAKER_MIN_CALLS,
 * HUB_BREAKER_WINDOW_MS, HUB_BREAKER_RESET_MS.
 */
export function readBreakerSettings(env: NodeJS.ProcessEnv): BreakerSettings {
  const d = DEFAULT_BREAKER_SETTINGS;
  const errorPercent = whole(env, 'HUB_BREAKER_ERROR_PERCENT', d.errorPercent);
  if (errorPercent > 100) throw new Error(`HUB_BREAKER_ERROR_PERCENT must be at most 100, not ${errorPercent}`);
  return {
    failuresInARow: whole(env, 'HUB_BREAKER_FAILURES_IN_A_ROW', d.failuresInARow),
    errorPercent,
    minCalls: whole(env, 'HUB_BREAKER_MIN_CALLS', d.minCalls),
    windowMs: whole(env, 'HUB_BREAKER_WINDOW_MS', d.windowMs),
    resetMs: whole(env, 'HUB_BREAKER_RESET_MS', d.resetMs),
  };
}

function whole(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${text}`);
  return value;
}
