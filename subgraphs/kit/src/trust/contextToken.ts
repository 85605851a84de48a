import { randomUUID, type KeyObject } from 'node:crypto';
import { jwtVerify, SignJWT } from 'jose';
import { HUB_CONTEXT_HEADER, type HubContext } from '../hubContext';
import { hubContextFromClaim } from './contextClaim';
import { unauthenticated } from './errors';
import { describeTokenError } from './tokenErrors';

/**
 * The signed internal context: a compact JWS (a JWT) the gateway makes for each request it
 * sends to a department, carrying the authenticated caller, the purpose and the trace id
 * in a `ctx` claim. EdDSA only; a type of its own, so a caller's access token can never
 * pass for one; short-lived, so a captured header is soon worthless; addressed to one
 * department, so one department cannot replay it to another.
 */
export const CONTEXT_TOKEN_TYPE = 'hub-context+jwt';
export const CONTEXT_TOKEN_ISSUER = 'one-window-hub:gateway';
/** How long a signed context is valid: long enough for a slow subgraph call, far under a minute. */
export const CONTEXT_TOKEN_SECONDS = 30;
/** Refused when older than this whatever its `exp` says. */
const CONTEXT_MAX_AGE_SECONDS = 60;
/** Clocks of the gateway and a department may differ a little. */
const CLOCK_TOLERANCE_SECONDS = 5;

/** The audience of contexts meant for one department (the subgraph's name in the supergraph). */
export function departmentAudience(department: string): string {
  return `one-window-hub:department:${department}`;
}

export class HubContextSigner {
  constructor(private readonly signingKey: KeyObject) {}

  /** A signed context for one department; an `issuedAt` (Unix seconds) in the past is for tests. */
  sign(context: HubContext, department: string, issuedAt = Math.floor(Date.now() / 1000)): Promise<string> {
    return new SignJWT({ ctx: context })
      .setProtectedHeader({ alg: 'EdDSA', typ: CONTEXT_TOKEN_TYPE })
      .setIssuer(CONTEXT_TOKEN_ISSUER)
      .setAudience(departmentAudience(department))
      .setSubject(context.caller.id)
      .setJti(randomUUID())
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + CONTEXT_TOKEN_SECONDS)
      .sign(this.signingKey);
  }
}

export class HubContextVerifier {
  constructor(
    private readonly verifyKey: KeyObject,
    private readonly department: string,
  ) {}

  /** The context the gateway signed for this department; anything else is UNAUTHENTICATED. */
  async verify(token: string | undefined): Promise<HubContext> {
    if (!token) throw unauthenticated(`no ${HUB_CONTEXT_HEADER}: this department answers only requests that come through the gateway`);
    let claim: unknown;
    try {
      const { payload } = await jwtVerify(token, this.verifyKey, {
        algorithms: ['EdDSA'],
        typ: CONTEXT_TOKEN_TYPE,
        issuer: CONTEXT_TOKEN_ISSUER,
        audience: departmentAudience(this.department),
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        maxTokenAge: CONTEXT_MAX_AGE_SECONDS,
        requiredClaims: ['exp', 'iat', 'ctx'],
      });
      claim = payload.ctx;
    } catch (err) {
      throw unauthenticated(`${HUB_CONTEXT_HEADER} refused: ${describeTokenError(err)}`);
    }
    try {
      return hubContextFromClaim(claim);
    } catch (err) {
      throw unauthenticated(`${HUB_CONTEXT_HEADER} refused: ${(err as Error).message}`);
    }
  }
}
