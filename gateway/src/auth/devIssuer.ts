import { createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, SignJWT, type JSONWebKeySet, type JWTVerifyGetKey } from 'jose';
import type { CallerClaims } from './callerClaims';

/** The local development issuer's name; never trusted in production. */
export const DEV_ISSUER = 'one-window-hub:dev-issuer';
/** A working day at the window, so a demo session does not run out; development only. */
export const DEV_TOKEN_SECONDS = 8 * 60 * 60;

export interface IssueOptions {
  /** Unix seconds; one in the past makes an expired token (tests). */
  issuedAt?: number;
  /** Another audience than the gateway's (tests). */
  audience?: string;
}

/**
 * Issues standard JWTs for the demo accounts with a key pair made at start (so tokens do
 * not outlive the process), and publishes its public key as a JWKS the gateway trusts like
 * any configured issuer's.
 */
export class DevIssuer {
  private constructor(
    private readonly signingKey: KeyObject,
    private readonly kid: string,
    readonly jwks: JSONWebKeySet,
    private readonly audience: string,
  ) {}

  /** A new key pair, or the one given (gateway workers share the primary's, so any worker accepts a token any worker issued). */
  static async create(audience: string, signingKey?: KeyObject): Promise<DevIssuer> {
    const { privateKey, publicKey } = signingKey ? { privateKey: signingKey, publicKey: createPublicKey(signingKey) } : generateKeyPairSync('ed25519');
    const jwk = await exportJWK(publicKey);
    const kid = await calculateJwkThumbprint(jwk);
    return new DevIssuer(privateKey, kid, { keys: [{ ...jwk, kid, alg: 'EdDSA', use: 'sig' }] }, audience);
  }

  /** The keys the gateway verifies development tokens with. */
  verificationKeys(): JWTVerifyGetKey {
    return createLocalJWKSet(this.jwks);
  }

  issue(claims: CallerClaims, options: IssueOptions = {}): Promise<string> {
    const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
    const { sub, ...rest } = claims;
    return new SignJWT({ ...rest })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: this.kid })
      .setIssuer(DEV_ISSUER)
      .setAudience(options.audience ?? this.audience)
      .setSubject(sub)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + DEV_TOKEN_SECONDS)
      .sign(this.signingKey);
  }
}
