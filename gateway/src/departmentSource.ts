import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import { HUB_CONTEXT_HEADER, type HubContextSigner } from '@hub/kit';
import type { GatewayContext } from './callerContext';
import { DepartmentBreaker } from './resilience/departmentBreaker';

/**
 * How long one department call may take before its fields are given up (SUBGRAPH_TIMEOUT_MS).
 * A clerk at the window expects the screen within about two seconds, and a department answers
 * in tens of milliseconds (a whole four-department prefill: p99 about 0.5 s at ten at once on
 * a million persons). One that has not answered in 1.5 s is unwell: the rest of the answer
 * now, its fields marked unavailable, serves the clerk better than waiting on it.
 */
export const DEFAULT_SUBGRAPH_TIMEOUT_MS = 1500;

/**
 * Subgraphs that act for the caller and call the gateway back with the caller's own bearer
 * token (intake reads departments for the matter the clerk is handling); no department
 * receives it. They wait for departments themselves, so they get three times as long.
 */
const ACTS_FOR_CALLER = new Set(['intake']);
const ACTING_TIMEOUT_FACTOR = 3;

/**
 * A department subgraph as the gateway calls it: every request carries the caller, the
 * purpose and the trace id, signed for this department alone and valid for seconds, so the
 * department can trust, check and record the read. A department that is down or slower
 * than the timeout fails only its own part of the answer, with an error naming it
 * (`extensions.serviceName`), so a client can tell its missing fields from empty ones.
 */
export class DepartmentSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly department: string,
    url: string,
    private readonly signer: HubContextSigner,
    timeoutMs: number = DEFAULT_SUBGRAPH_TIMEOUT_MS,
    /** Fails the department's calls fast while it is unwell (resilience/). */
    private readonly breaker: DepartmentBreaker = new DepartmentBreaker(department),
  ) {
    const deadline = ACTS_FOR_CALLER.has(department) ? timeoutMs * ACTING_TIMEOUT_FACTOR : timeoutMs;
    // Node's fetch with a deadline; Apollo types its fetcher after node-fetch, whose types differ only in name.
    super({ url, fetcher: (input, init) => fetch(input, { ...(init as RequestInit), signal: AbortSignal.timeout(deadline) }) as never });
  }

  override async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const hub = (options.context as Partial<GatewayContext>).hub;
    if (hub) options.request.http?.headers.set(HUB_CONTEXT_HEADER, await this.signer.sign(hub, this.department));
    if (ACTS_FOR_CALLER.has(this.department) && 'incomingRequestContext' in options) {
      const authorization = options.incomingRequestContext.request.http?.headers.get('authorization');
      if (authorization) options.request.http?.headers.set('authorization', authorization);
    }
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    try {
      return await this.breaker.run(() => super.process(options));
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.serviceName) throw err;
      const message = err instanceof Error ? err.message : String(err);
      const timedOut = (err instanceof Error && err.name === 'TimeoutError') || /aborted due to timeout/.test(message);
      const reason = timedOut ? 'did not answer in time' : `unreachable (${message})`;
      throw new GraphQLError(`${this.department} ${reason}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.department } });
    }
  }
}
