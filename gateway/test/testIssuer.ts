import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { exportJWK, generateKeyPair, SignJWT, type KeyLike } from 'jose';
import type { TrustedIssuer } from '../src/auth/authConfig';
import type { CallerClaims } from '../src/auth/callerClaims';

/**
 * A stand-in for the identity provider a real deployment trusts: an ES256 key pair whose
 * public half is written as a JWKS file, configured as HUB_JWKS_PATH would be.
 */
export interface TestIssuer {
  trusted: TrustedIssuer;
  sign(claims: CallerClaims, options?: { audience?: string; issuedAt?: number; lifetimeSeconds?: number }): Promise<string>;
  remove(): void;
}

export const TEST_ISSUER = 'https://idp.example.gov.cn/realms/one-window';

export async function startTestIssuer(audience: string): Promise<TestIssuer> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  const dir = mkdtempSync(join(tmpdir(), 'hub-issuer-'));
  const jwksPath = join(dir, 'jwks.json');
  writeFileSync(jwksPath, JSON.stringify({ keys: [{ ...(await exportJWK(publicKey)), kid: 'test-1', alg: 'ES256', use: 'sig' }] }));
  return {
    trusted: { issuer: TEST_ISSUER, jwksPath, algorithms: ['ES256'] },
    sign: (claims, options = {}) => signAs(privateKey, claims, audience, options),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

function signAs(key: KeyLike, claims: CallerClaims, audience: string, options: { audience?: string; issuedAt?: number; lifetimeSeconds?: number }) {
  const issuedAt = options.issuedAt ?? Math.floor(Date.now() / 1000);
  const { sub, ...rest } = claims;
  return new SignJWT({ ...rest })
    .setProtectedHeader({ alg: 'ES256', typ: 'JWT', kid: 'test-1' })
    .setIssuer(TEST_ISSUER)
    .setAudience(options.audience ?? audience)
    .setSubject(sub)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + (options.lifetimeSeconds ?? 300))
    .sign(key);
}
