import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { ed25519, pemFrom } from '../trust/keys';

/**
 * The key pair that binds departments to intake's decisions: intake signs purpose grants
 * (it keeps cases and authorisations), departments verify them. Separate from the gateway's
 * context key, so the gateway alone cannot invent a purpose, and intake alone cannot pose
 * as the gateway.
 */
export const PURPOSE_SIGNING_KEY_ENV = 'HUB_PURPOSE_SIGNING_KEY';
export const PURPOSE_VERIFY_KEY_ENV = 'HUB_PURPOSE_VERIFY_KEY';

/** Intake's signing key: HUB_PURPOSE_SIGNING_KEY (PKCS#8 PEM) or HUB_PURPOSE_SIGNING_KEY_FILE. */
export function readPurposeSigningKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  return ed25519(createPrivateKey(pemFrom(env, PURPOSE_SIGNING_KEY_ENV, 'intake signs the purpose of every read it allows')), PURPOSE_SIGNING_KEY_ENV);
}

/** A department's key for purpose grants: HUB_PURPOSE_VERIFY_KEY (SPKI PEM) or HUB_PURPOSE_VERIFY_KEY_FILE. */
export function readPurposeVerifyKey(env: NodeJS.ProcessEnv = process.env): KeyObject {
  return ed25519(createPublicKey(pemFrom(env, PURPOSE_VERIFY_KEY_ENV, 'departments answer personal data only for a purpose intake signed')), PURPOSE_VERIFY_KEY_ENV);
}
