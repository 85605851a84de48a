import { readFileSync } from 'node:fs';
import { createLocalJWKSet, createRemoteJWKSet, decodeJwt, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { describeTokenError, unauthenticated, type Caller } from '@hub/kit';
import type { AuthConfig, TrustedIssuer } from './authConfig';
import { callerFromClaims } from './callerClaims';
import { DEV_ISSUER, type DevIssuer } from './devIssuer';

interface IssuerKeys {
  keys: JWTVerifyGetKey;
  algorithms: string[];
}

/** RFC 6750's challenge, so a client knows to send (another) bearer token. */
const REALM = 'Bearer realm="one-window-hub"';
const challenge = (reason: string) => `${REALM}, error="invalid_token", error_description="${reason.replace(/"/g, "'")}"`;

/**
 * Who is calling: verifies the caller's bearer token (a standard JWT) against the issuer it
 * names — which must be one the gateway trusts — with the algorithm pinned, the audience,
 * expiry and a small clock tolerance checked, then reads the caller from its claims.
 * Anything short of that is UNAUTHENTICATED with the reason.
 */
export class CallerAuthenticator {
  private readonly issuers = new Map<string, IssuerKeys>();
  /**
   * Tokens already verified, with the caller they speak for: a clerk sends the same token
   * with every request of a shift, and its signature check was the gateway's largest cost
   * after the departments' own. Kept until the token expires or for five minutes, whichever
   * is first (so a key the issuer withdraws stops counting within minutes); bounded.
   */
  private readonly verified = new Map<string, { caller: Caller; until: number }>();

  constructor(
    private readonly config: AuthConfig,
    devIssuer: DevIssuer | null,
  ) {
    for (const issuer of config.issuers) this.issuers.set(issuer.issuer, { keys: keysOf(issuer), algorithms: issuer.algorithms });
    if (devIssuer) this.issuers.set(DEV_ISSUER, { keys: devIssuer.verificationKeys(), algorithms: ['EdDSA'] });
  }

  async authenticate(authorization: string | undefined, now = Date.now()): Promise<Caller> {
    const token = bearerToken(authorization);
    const cached = this.verified.get(token);
    if (cached && cached.until > now) return cached.caller;
    const trusted = this.issuers.get(issuerOf(token));
    if (!trusted) throw unauthenticated('token issuer is not trusted', challenge('token issuer is not trusted'));
    let claims: JWTPayload;
    try {
      ({ payload: claims } = await jwtVerify(token, trusted.keys, {
        algorithms: trusted.algorithms,
        audience: this.config.audience,
        clockTolerance: this.config.clockToleranceSeconds,
        requiredClaims: ['exp', 'sub'],
      }));
    } catch (err) {
      const reason = describeTokenError(err);
      throw unauthenticated(reason, challenge(reason));
    }
    try {
      const caller = callerFromClaims(claims);
      this.remember(token, caller, Math.min((claims.exp as number) * 1000, now + VERIFIED_FOR_MS));
      return caller;
    } catch (err) {
      const reason = `token claims are not acceptable: ${(err as Error).message}`;
      throw unauthenticated(reason, challenge(reason));
    }
  }

  private remember(token: string, caller: Caller, until: number): void {
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { caller, until });
  }
}

const VERIFIED_FOR_MS = 5 * 60_000;
const VERIFIED_CACHE_SIZE = 10_000;

function bearerToken(authorization: string | undefined): string {
  const match = /^Bearer +(\S+)\s*$/i.exec(authorization ?? '');
  if (match?.[1]) return match[1];
  const reason = authorization
    ? 'the Authorization header is not "Bearer <token>"'
    : 'no bearer token: send "Authorization: Bearer <token>" (in development, POST /auth/dev-token issues one)';
  throw unauthenticated(reason, REALM);
}

/** The issuer a token claims, read before verification only to choose whose keys verify it. */
function issuerOf(token: string): string {
  try {
    const { iss } = decodeJwt(token);
    if (typeof iss === 'string') return iss;
  } catch (err) {
    const reason = describeTokenError(err);
    throw unauthenticated(reason, challenge(reason));
  }
  throw unauthenticated('token names no issuer', challenge('token names no issuer'));
}

function keysOf(issuer: TrustedIssuer): JWTVerifyGetKey {
  if (issuer.jwksPath) return createLocalJWKSet(JSON.parse(readFileSync(issuer.jwksPath, 'utf8')) as Parameters<typeof createLocalJWKSet>[0]);
  if (issuer.jwksUrl) return createRemoteJWKSet(new URL(issuer.jwksUrl));
  throw new Error(`issuer ${issuer.issuer} has no JWKS`);
}
