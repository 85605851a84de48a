import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';

/**
 * A request refused before any data is read: no credentials, or credentials that do not
 * verify. HTTP 401 with the standard UNAUTHENTICATED code and the reason in plain words.
 * `challenge` is a WWW-Authenticate value for clients that speak bearer tokens.
 */
export function unauthenticated(reason: string, challenge?: string): GraphQLError {
  const headers = new HeaderMap();
  if (challenge) headers.set('www-authenticate', challenge);
  return new GraphQLError(`Unauthenticated: ${reason}`, {
    extensions: { code: 'UNAUTHENTICATED', reason, http: { status: 401, headers } },
  });
}

/** True for the error `unauthenticated` makes (to log refusals apart from failures). */
export function isUnauthenticated(err: unknown): err is GraphQLError {
  return err instanceof GraphQLError && err.extensions.code === 'UNAUTHENTICATED';
}
