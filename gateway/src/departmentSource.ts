import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { GatewayGraphQLResponse } from '@apollo/server-gateway-interface';
import { GraphQLError } from 'graphql';
import { HUB_CONTEXT_HEADER, type HubContextSigner } from '@hub/kit';
import type { GatewayContext } from './callerContext';
import { DepartmentBreaker } from './resilience/departmentBreaker';
import { DepartmentTransport, type DepartmentAnswer } from './transport/departmentTransport';
import { InflightRequests } from './transport/inflightRequests';
import { mergeKey } from './transport/mergeKey';

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
 *
 * The call itself: the operation as JSON over the department's own keep-alive connection
 * pool (transport/), identical reads in flight for the same caller and purpose merged, the
 * answer given to the gateway as the department's JSON. (Apollo's RemoteGraphQLDataSource
 * does the same through a fetch implementation, which cost most of the gateway's CPU.)
 */
export class DepartmentSource implements GraphQLDataSource<GatewayContext> {
  private readonly transport: DepartmentTransport;
  private readonly inflight = new InflightRequests<DepartmentAnswer>();

  constructor(
    private readonly department: string,
    url: string,
    private readonly signer: HubContextSigner,
    timeoutMs: number = DEFAULT_SUBGRAPH_TIMEOUT_MS,
    /** Fails the department's calls fast while it is unwell (resilience/). */
    private readonly breaker: DepartmentBreaker = new DepartmentBreaker(department),
    /** Merge identical reads in flight for the same caller and purpose (HUB_MERGE_INFLIGHT). */
    private readonly merge = false,
  ) {
    this.transport = new DepartmentTransport(url, ACTS_FOR_CALLER.has(department) ? timeoutMs * ACTING_TIMEOUT_FACTOR : timeoutMs);
  }

  /** The headers of one call: the signed context, and for intake the caller's own token. */
  async willSendRequest(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    const hub = (options.context as Partial<GatewayContext>).hub;
    if (hub) options.request.http?.headers.set(HUB_CONTEXT_HEADER, await this.signer.sign(hub, this.department));
    if (ACTS_FOR_CALLER.has(this.department) && 'incomingRequestContext' in options) {
      const authorization = options.incomingRequestContext.request.http?.headers.get('authorization');
      if (authorization) options.request.http?.headers.set('authorization', authorization);
    }
  }

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await this.breaker.run(() => this.call(options));
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.serviceName) throw err;
      const message = err instanceof Error ? err.message : String(err);
      const timedOut = (err instanceof Error && err.name === 'TimeoutError') || /aborted due to timeout/.test(message);
      const reason = timedOut ? 'did not answer in time' : `unreachable (${message})`;
      throw new GraphQLError(`${this.department} ${reason}`, { extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.department } });
    }
  }

  private async call(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { http, ...operation } = options.request;
    const callHeaders = new Headers();
    for (const [name, value] of http?.headers ?? []) callHeaders.set(name, value);
    const request = { ...options.request, http: { method: 'POST', url: '', headers: callHeaders } };
    await this.willSendRequest({ ...options, request } as GraphQLDataSourceProcessOptions<GatewayContext>);
    const body = JSON.stringify({ query: operation.query, ...operation });
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    callHeaders.forEach((value, name) => (headers[name] = value));
    const key = this.merge ? mergeKey((options.context as Partial<GatewayContext>).hub, body) : null;
    const answer = key ? await this.inflight.run(key, () => this.transport.post(body, headers)) : await this.transport.post(body, headers);
    const parsed = parseAnswer(answer);
    if (answer.status < 200 || answer.status > 299) {
      // As Apollo reports an HTTP error: the resilience layer reads extensions.response.
      throw new GraphQLError(`${answer.status}: ${this.department} answered with an HTTP error`, { extensions: { response: { status: answer.status, body: parsed } } });
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error(`expected a JSON object from ${this.department}, received: ${answer.text.slice(0, 200)}`);
    return parsed as GatewayGraphQLResponse;
  }
}

/** JSON when the department says so (each caller gets its own objects), else the text. */
function parseAnswer(answer: DepartmentAnswer): unknown {
  const json = answer.contentType.startsWith('application/json') || answer.contentType.startsWith('application/graphql-response+json');
  if (!json) return answer.text;
  try {
    return JSON.parse(answer.text) as unknown;
  } catch {
    return answer.text;
  }
}
