import { createPrivateKey, type KeyObject } from 'node:crypto';

/**
 * Whose tokens the gateway accepts. In production: one configured issuer whose keys come
 * from a JWKS (a file, for networks that cannot reach the issuer, or a URL). In development
 * also the local development issuer (auth/devIssuer.ts) behind POST /auth/dev-token.
 */
export interface TrustedIssuer {
  /** The exact `iss` the issuer writes. */
  issuer: string;
  /** A JWKS document on disk (HUB_JWKS_PATH), read once at start. */
  jwksPath?: string;
  /** The issuer's JWKS endpoint (HUB_JWKS_URL), fetched and cached by jose. */
  jwksUrl?: string;
  /** Signature algorithms accepted from this issuer; asymmetric only. */
  algorithms: string[];
}

export interface AuthConfig {
  /** The `aud` every caller token must name (HUB_JWT_AUDIENCE). */
  audience: string;
  issuers: TrustedIssuer[];
  /** The local development issuer and its POST /auth/dev-token; never in production. */
  devIssuer: boolean;
  /** Its key when given (HUB_DEV_ISSUER_KEY, PKCS#8 PEM: gateway workers share their primary's); a fresh one otherwise. */
  devIssuerKey?: KeyObject;
  /** Leeway for clocks that differ between issuer and gateway; small on purpose. */
  clockToleranceSeconds: number;
}

export const DEFAULT_AUDIENCE = 'one-window-hub';
const DEFAULT_ALGORITHMS = ['RS256'];
const ASYMMETRIC = /^(RS|PS|ES)(256|384|512)$|^EdDSA$/;

/**
 * HUB_JWT_ISSUER, HUB_JWT_AUDIENCE, HUB_JWKS_PATH or HUB_JWKS_URL, HUB_JWT_ALGORITHMS
 * (comma-separated, default RS256). Production refuses to start without an issuer.
 */
export function readAuthConfig(env: NodeJS.ProcessEnv, production: boolean): AuthConfig {
  const issuer = env.HUB_JWT_ISSUER;
  const issuers: TrustedIssuer[] = [];
  if (issuer) {
    if (!env.HUB_JWKS_PATH && !env.HUB_JWKS_URL) throw new Error('HUB_JWT_ISSUER is set but neither HUB_JWKS_PATH nor HUB_JWKS_URL says where its keys are');
    const algorithms = (env.HUB_JWT_ALGORITHMS ?? DEFAULT_ALGORITHMS.join(',')).split(',').map((a) => a.trim()).filter(Boolean);
    const symmetric = algorithms.find((a) => !ASYMMETRIC.test(a));
    if (symmetric) throw new Error(`HUB_JWT_ALGORITHMS: ${symmetric} is not an asymmetric signature algorithm`);
    issuers.push({ issuer, algorithms, ...(env.HUB_JWKS_PATH ? { jwksPath: env.HUB_JWKS_PATH } : { jwksUrl: env.HUB_JWKS_URL }) });
  } else if (production) {
    throw new Error('production needs a trusted token issuer: set HUB_JWT_ISSUER, HUB_JWT_AUDIENCE and HUB_JWKS_PATH (or HUB_JWKS_URL)');
  }
  return {
    audience: env.HUB_JWT_AUDIENCE ?? DEFAULT_AUDIENCE,
    issuers,
    devIssuer: !production,
    ...(!production && env.HUB_DEV_ISSUER_KEY ? { devIssuerKey: createPrivateKey(env.HUB_DEV_ISSUER_KEY) } : {}),
    clockToleranceSeconds: 10,
  };
}
