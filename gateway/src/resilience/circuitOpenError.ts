import { GraphQLError } from 'graphql';

/**
 * The error for a call not made because the department's circuit is open. The same code
 * and `serviceName` as a department that is down (clients already leave its fields for the
 * clerk to type), and a reason saying the gateway did not try, with when it will.
 */
export function circuitOpenError(department: string, resetMs: number): GraphQLError {
  return new GraphQLError(
    `${department} not called: its circuit is open after repeated failures; the gateway tries it again every ${resetMs / 1000} s`,
    { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: department, reason: 'CIRCUIT_OPEN' } },
  );
}
