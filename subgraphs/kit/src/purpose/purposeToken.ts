import type { KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { describeTokenError } from '../trust/tokenErrors';
import { PURPOSE_BASES, type PurposeGrant } from './purposeGrant';

/**
 * Purpose grants travel as compact JWS: signed by intake (EdDSA), a type of their own, and
 * short-lived — a closed case or a withdrawn authorisation stops working within minutes
 * even though departments never ask intake.
 */
export const PURPOSE_TOKEN_TYPE = 'hub-purpose+jwt';
export const PURPOSE_TOKEN_ISSUER = 'one-window-hub:intake';
/** Long enough for a clerk's session with one applicant, short enough to end with the case. */
export const PURPOSE_TOKEN_SECONDS = 15 * 60;
/** The header a client sends the grant in; the gateway carries it inside the signed context. */
export const PURPOSE_HEADER = 'x-hub-purpose';

export class PurposeSigner {
  constructor(private readonly signingKey: KeyObject) {}

  /** A grant, valid until `expiresAt` (Unix seconds) or for PURPOSE_TOKEN_SECONDS, whichever is first. */
  sign(grant: PurposeGrant, expiresAt?: number, issuedAt = Math.floor(Date.now() / 1000)): Promise<string> {
    const exp = Math.min(expiresAt ?? Number.POSITIVE_INFINITY, issuedAt + PURPOSE_TOKEN_SECONDS);
    return new SignJWT({ grant })
      .setProtectedHeader({ alg: 'EdDSA', typ: PURPOSE_TOKEN_TYPE })
      .setIssuer(PURPOSE_TOKEN_ISSUER)
      .setSubject(`${grant.basis}:${grant.id}`)
      .setIssuedAt(issuedAt)
      .setExpirationTime(Math.max(exp, issuedAt + 1))
      .sign(this.signingKey);
  }
}

/** A purpose that cannot be used: the token is bad, or what it grants has ended. */
export class PurposeRefused extends Error {}

const VERIFIED_CACHE_SIZE = 2000;

export class PurposeVerifier {
  /** The same grant arrives with every request of a clerk's session; verify it once. */
  private readonly verified = new Map<string, { grant: PurposeGrant; exp: number }>();

  constructor(private readonly verifyKey: KeyObject) {}

  async verify(token: string, now = Date.now()): Promise<PurposeGrant> {
    const cached = this.verified.get(token);
    if (cached && cached.exp * 1000 > now) return cached.grant;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.verifyKey, {
        algorithms: ['EdDSA'],
        typ: PURPOSE_TOKEN_TYPE,
        issuer: PURPOSE_TOKEN_ISSUER,
        clockTolerance: 5,
        requiredClaims: ['exp', 'iat', 'grant'],
        currentDate: new Date(now),
      }));
    } catch (err) {
      const expired = describeTokenError(err) === 'token has expired';
      throw new PurposeRefused(expired ? 'the purpose grant has expired; ask intake for a new one' : `the purpose grant is not valid: ${describeTokenError(err)}`);
    }
    const grant = purposeGrantFromClaim(payload.grant);
    if (this.verified.size >= VERIFIED_CACHE_SIZE) this.verified.delete(this.verified.keys().next().value as string);
    this.verified.set(token, { grant, exp: payload.exp as number });
    return grant;
  }
}

/** Reads a signed `grant` claim field by field, so a department never works with one of unknown shape. */
export function purposeGrantFromClaim(raw: unknown): PurposeGrant {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) throw new PurposeRefused('the purpose grant has no grant claim');
  const g = raw as Record<string, unknown>;
  const text = (key: string): string => {
    const value = g[key];
    if (typeof value !== 'string' || !value) throw new PurposeRefused(`the purpose grant's ${key} is missing`);
    return value;
  };
  const optionalText = (key: string): string | undefined => (typeof g[key] === 'string' ? (g[key] as string) : undefined);
  const texts = (key: string): string[] => {
    const value = g[key] ?? [];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new PurposeRefused(`the purpose grant's ${key} must be a list of strings`);
    return value as string[];
  };
  const basis = text('basis');
  if (!PURPOSE_BASES.some((b) => b === basis)) throw new PurposeRefused(`the purpose grant's basis must be one of ${PURPOSE_BASES.join(', ')}`);
  const grant: PurposeGrant = {
    basis: basis as PurposeGrant['basis'],
    id: text('id'),
    matter: text('matter'),
    matterName: text('matterName'),
    subjects: texts('subjects'),
    paths: texts('paths'),
    licenceTypes: texts('licenceTypes'),
  };
  const centre = optionalText('centre');
  if (centre) grant.centre = centre;
  if (g.departments !== undefined) grant.departments = texts('departments');
  const until = optionalText('authorisationExpiresAt');
  if (until) grant.authorisationExpiresAt = until;
  return grant;
}
