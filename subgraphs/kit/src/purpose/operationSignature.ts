import { createHash, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';

/**
 * Intake plans its prefill documents from the catalogue, so they are not among the SDK's
 * safelisted operations; it signs each one it sends (with its purpose key) and the gateway
 * runs a signed document in production. The signature binds the exact text, briefly.
 */
export const OPERATION_SIGNATURE_HEADER = 'x-hub-operation-signature';
const TYPE = 'hub-operation+jwt';
const ISSUER = 'one-window-hub:intake';

const digest = (document: string) => createHash('sha256').update(document).digest('base64url');

export class OperationSignatures {
  constructor(private readonly key: KeyObject) {}

  sign(document: string, issuedAt = Math.floor(Date.now() / 1000)): Promise<string> {
    return new SignJWT({ doc: digest(document) })
      .setProtectedHeader({ alg: 'EdDSA', typ: TYPE })
      .setIssuer(ISSUER)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + 60)
      .sign(this.key);
  }

  /** True when `signature` is intake's, current, and over exactly `document`. */
  async verify(signature: string, document: string): Promise<boolean> {
    try {
      const { payload } = await jwtVerify(signature, this.key, { algorithms: ['EdDSA'], typ: TYPE, issuer: ISSUER, clockTolerance: 5, requiredClaims: ['exp', 'doc'] });
      return payload.doc === digest(document);
    } catch {
      return false;
    }
  }
}
