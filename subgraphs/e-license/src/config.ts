import { DEMO_SEED, issuerSecretForSeed } from '@hub/synth';
import { DerivedKeyring, FileKeyring, NO_KEYRING, type IssuerKeyring } from './modules/issuerKey/keyring';

/**
 * The library's own settings, read once (the kit reads the database, port and trust keys):
 * which issuer keys it seals with.
 * - E_LICENSE_ISSUER_KEYS_FILE: a JSON file of issuers' SM2 private keys (production);
 * - otherwise, unless NODE_ENV=production, demo keys derived from E_LICENSE_DEV_ISSUER_SECRET,
 *   by default the demo seed's secret, which the synthetic library was sealed with;
 * - in production without a file the library verifies but does not issue.
 */
export const ISSUER_KEYS_FILE_ENV = 'E_LICENSE_ISSUER_KEYS_FILE';
export const DEV_ISSUER_SECRET_ENV = 'E_LICENSE_DEV_ISSUER_SECRET';

export function readIssuerKeyring(env: NodeJS.ProcessEnv = process.env): IssuerKeyring {
  const file = env[ISSUER_KEYS_FILE_ENV];
  if (file) return new FileKeyring(file);
  if (env.NODE_ENV === 'production') return NO_KEYRING;
  return new DerivedKeyring(env[DEV_ISSUER_SECRET_ENV] ?? issuerSecretForSeed(DEMO_SEED));
}

let keyring: IssuerKeyring | undefined;

/** The process's keyring, read from the environment on first use. */
export function issuerKeyring(): IssuerKeyring {
  keyring ??= readIssuerKeyring();
  return keyring;
}
