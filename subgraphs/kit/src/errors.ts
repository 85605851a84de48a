import { GraphQLError } from 'graphql';

/** A rejected argument: names the field and says why, with the standard BAD_USER_INPUT code. */
export function badUserInput(field: string, reason: string): GraphQLError {
  return new GraphQLError(`Invalid ${field}: ${reason}`, {
    extensions: { code: 'BAD_USER_INPUT', field, reason },
  });
}

/** A refused read, naming what was missing. */
export function forbidden(message: string, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'FORBIDDEN', ...extensions } });
}
