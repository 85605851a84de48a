/**
 * Requests per window, counted in memory by rate-limiter-flexible. Each gateway copy counts
 * its own callers, so behind a load balancer of N copies a caller may make up to N× as
 * many; a shared store (Redis) is the step when that matters.
 */
export interface RateLimits {
  /** Requests one authenticated caller may make per window (keyed by caller id). */
  perCaller: number;
  /** Requests without a valid token, and dev-token requests, per client address. */
  perAddress: number;
  windowSeconds: number;
}

/** Generous for the demo: a busy window clerk makes a few requests a minute, a system more. */
export const DEFAULT_RATE_LIMITS: RateLimits = { perCaller: 600, perAddress: 120, windowSeconds: 60 };

/** HUB_RATE_LIMIT_PER_CALLER, HUB_RATE_LIMIT_PER_ADDRESS, HUB_RATE_LIMIT_WINDOW_SECONDS. */
export function readRateLimits(env: NodeJS.ProcessEnv): RateLimits {
  return {
    perCaller: positive(env, 'HUB_RATE_LIMIT_PER_CALLER', DEFAULT_RATE_LIMITS.perCaller),
    perAddress: positive(env, 'HUB_RATE_LIMIT_PER_ADDRESS', DEFAULT_RATE_LIMITS.perAddress),
    windowSeconds: positive(env, 'HUB_RATE_LIMIT_WINDOW_SECONDS', DEFAULT_RATE_LIMITS.windowSeconds),
  };
}

function positive(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value <= 0) throw new Error(`${name} must be a positive whole number, not ${text}`);
  return value;
}
