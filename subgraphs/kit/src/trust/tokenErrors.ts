import { errors } from 'jose';

/**
 * Why a JWT was refused, in words a caller can act on. jose's own messages name claims and
 * checks; these name the problem (expired, wrong audience, bad signature, malformed).
 */
export function describeTokenError(err: unknown): string {
  if (err instanceof errors.JWTExpired) return err.claim === 'iat' ? 'token is too old' : 'token has expired';
  if (err instanceof errors.JWTClaimValidationFailed) return claimProblem(err.claim, err.reason);
  if (err instanceof errors.JWSSignatureVerificationFailed) return 'token signature does not verify';
  if (err instanceof errors.JOSEAlgNotAllowed) return 'token algorithm is not allowed';
  if (err instanceof errors.JWKSNoMatchingKey) return 'no trusted key matches the token';
  if (err instanceof errors.JWKSTimeout || err instanceof errors.JWKSInvalid) return 'the issuer’s keys are unavailable';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) {
    return 'token is malformed';
  }
  return 'token could not be verified';
}

function claimProblem(claim: string, reason: string): string {
  switch (claim) {
    case 'aud':
      return 'token audience is not accepted here';
    case 'iss':
      return 'token issuer is not trusted';
    case 'typ':
      return 'token type is not accepted here';
    case 'nbf':
      return 'token is not valid yet';
    case 'iat':
      return 'token issue time is in the future';
    default:
      return reason === 'missing' ? `token lacks the "${claim}" claim` : `token claim "${claim}" is not accepted`;
  }
}
