import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';

/**
 * The key pair that binds departments to the gateway: the gateway signs each forwarded
 * context with the private key, departments verify with the public key. Ed25519: small,
 * fast, and one algorithm only, so nothing is negotiated.
 */
export interface ContextKeyPair {
  signingKey: KeyObject;
  verifyKey: KeyObject;
}

export const CONTEXT_SIGNING_KEY_ENV = 'HUB_CONTEXT_SIGNING_KEY';
export const CONTEXT_VERIFY_KEY_ENV = 'HUB_CONTEXT_VERIFY_KEY';

export function generateContextKeys(): ContextKeyPair {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { signingKey: privateKey, verifyKey: publicKey };
}

/** PEM texts of a pair, to hand to other processes through their environment. */
export function contextKeysAsPem(keys: ContextKeyPair): { signingKeyPem: string; verifyKeyPem: string } {
  return {
    signingKeyPem: keys.signingKey.export({ format: 'pem', type: 'pkcs8' }).toString(),
    verifyKeyPem: keys.verifyKey.export({ format: 'pem', type: 'spki' }).toString(),
  };
}

/** The gateway's signing key: HUB_CONTEXT_SIGNING_KEY (PKCS#8 PEM) or HUB_CONTEXT_SIGNING_KEY_FILE. */
export function readContextSigningKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  return ed25519(createPrivateKey(pemFrom(env, CONTEXT_SIGNING_KEY_ENV, 'the gateway signs the context it forwards to departments')), CONTEXT_SIGNING_KEY_ENV);
}

/** A department's verification key: HUB_CONTEXT_VERIFY_KEY (SPKI PEM) or HUB_CONTEXT_VERIFY_KEY_FILE. */
export function readContextVerifyKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  return ed25519(createPublicKey(pemFrom(env, CONTEXT_VERIFY_KEY_ENV, 'departments answer only requests signed by the gateway')), CONTEXT_VERIFY_KEY_ENV);
}

/** A PEM text from NAME (inline, \n allowed) or NAME_FILE; `why` explains a missing one. */
export function pemFrom(env: NodeJS.ProcessEnv, name: string, why: string): string {
  const inline = env[name];
  if (inline) return inline.replace(/\\n/g, '\n');
  const file = env[`${name}_FILE`];
  if (file) return readFileSync(file, 'utf8');
  throw new Error(`${name} (or ${name}_FILE) is not set: ${why}. \`npm start\` makes a key pair per run.`);
}

/** The key, if it is Ed25519; named in the error otherwise. */
export function ed25519(key: KeyObject, name: string): KeyObject {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${name} must be an Ed25519 key, not ${key.asymmetricKeyType ?? key.type}`);
  return key;
}
