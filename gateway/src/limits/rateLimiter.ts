import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { RateLimits } from './rateLimits';

/**
 * Per-caller request budgets (rate-limiter-flexible, in memory): authenticated requests
 * count against the caller's id, so clerks behind one centre's NAT do not share a budget;
 * requests without a valid token count against the client address, so guessing tokens or
 * asking for dev tokens in a loop is bounded too.
 */
export class RequestRateLimiter {
  private readonly callers: RateLimiterMemory;
  private readonly addresses: RateLimiterMemory;

  constructor(limits: RateLimits) {
    this.callers = new RateLimiterMemory({ keyPrefix: 'caller', points: limits.perCaller, duration: limits.windowSeconds });
    this.addresses = new RateLimiterMemory({ keyPrefix: 'address', points: limits.perAddress, duration: limits.windowSeconds });
  }

  /** Seconds the caller must wait, or null when the request may go ahead. */
  chargeCaller(callerId: string): Promise<number | null> {
    return charge(this.callers, callerId);
  }

  /** The same for a request that has no valid token, by client address. */
  chargeAddress(address: string | undefined): Promise<number | null> {
    return charge(this.addresses, address ?? 'unknown');
  }
}

async function charge(limiter: RateLimiterMemory, key: string): Promise<number | null> {
  try {
    await limiter.consume(key);
    return null;
  } catch (rejection) {
    // rate-limiter-flexible rejects with a RateLimiterRes when the budget is spent.
    if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
    throw rejection;
  }
}

/** HTTP 429 with Retry-After and the RATE_LIMITED code; nothing is executed. */
export function rateLimited(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError(`Too many requests: try again in ${retryAfterSeconds} s`, {
    extensions: {
      code: 'RATE_LIMITED',
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });
}
