import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeJwt, exportJWK, SignJWT } from 'jose';
import type { Caller } from '@hub/kit';
import { callerFromClaims } from '@hub/gateway/dist/auth/callerClaims';
import { demoAccounts } from '@hub/gateway/dist/auth/demoAccounts';

/**
 * The benchmark's own token issuer, configured into the gateway the way a production
 * issuer is (HUB_JWT_ISSUER + a JWKS file): tokens it mints hold across gateway restarts
 * and across worker processes, which the development issuer's per-process key does not.
 */
const ISSUER = 'one-window-hub:bench-issuer';
const AUDIENCE = 'one-window-hub';

export interface Clerk {
  token: string;
  caller: Caller;
}

export class BenchIssuer {
  private readonly signingKey: KeyObject;
  /** Environment for the gateway: trust this issuer. */
  readonly gatewayEnv: Record<string, string>;

  private constructor(signingKey: KeyObject, gatewayEnv: Record<string, string>) {
    this.signingKey = signingKey;
    this.gatewayEnv = gatewayEnv;
  }

  static async create(workDir: string): Promise<BenchIssuer> {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'bench', alg: 'EdDSA', use: 'sig' };
    const jwksPath = join(workDir, 'bench-issuer.jwks.json');
    writeFileSync(jwksPath, JSON.stringify({ keys: [jwk] }));
    return new BenchIssuer(privateKey, { HUB_JWT_ISSUER: ISSUER, HUB_JWT_AUDIENCE: AUDIENCE, HUB_JWKS_PATH: jwksPath, HUB_JWT_ALGORITHMS: 'EdDSA' });
  }

  /** A token for one of the demo accounts (clerk-boshan by default), valid for eight hours. */
  async signIn(account = 'clerk-boshan'): Promise<Clerk> {
    const demo = demoAccounts().find((a) => a.account === account);
    if (!demo) throw new Error(`no demo account ${account}`);
    const { sub, ...claims } = demo.claims;
    const now = Math.floor(Date.now() / 1000);
    const token = await new SignJWT({ ...claims })
      .setProtectedHeader({ alg: 'EdDSA', typ: 'JWT', kid: 'bench' })
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setSubject(sub)
      .setIssuedAt(now)
      .setExpirationTime(now + 8 * 3600)
      .sign(this.signingKey);
    return { token, caller: callerFromClaims(decodeJwt(token)) };
  }
}
