import type { IncomingMessage } from 'node:http';
import { decodeHubContext, HUB_CONTEXT_HEADER } from '@hub/kit';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { HeaderMap } from '@apollo/server';
import { createGatewayContext, type GatewayContext } from '../src/callerContext';
import { DepartmentSource } from '../src/departmentSource';

const request = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;

describe('the caller context the gateway forwards to departments', () => {
  it('keeps the client’s trace id and declared purpose', async () => {
    const ctx = await createGatewayContext(request({
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'x-hub-matter': '370304-GTGSH-001',
      'x-hub-case': 'C2026-0001',
    }));
    expect(ctx.hub.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ctx.hub.purpose).toEqual({ matter: '370304-GTGSH-001', caseId: 'C2026-0001' });
  });

  it('makes a trace id when the client sent none, and ignores malformed ones', async () => {
    const ctx = await createGatewayContext(request({ 'x-request-id': 'bad id!' }));
    expect(ctx.hub.traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.hub.purpose).toBeNull();
  });

  it('is attached to every subgraph request and decodes to the same context', async () => {
    const ctx = await createGatewayContext(request({ 'x-request-id': 'trace-0123456789', 'x-hub-matter': 'M1' }));
    const http = { method: 'POST', url: 'http://dept/graphql', headers: new HeaderMap() };
    // Only the parts willSendRequest reads; the full options object belongs to the gateway.
    const options = { kind: 'incoming operation', request: { query: '{ __typename }', http }, context: ctx, incomingRequestContext: {} };
    new DepartmentSource({ url: 'http://dept/graphql' }).willSendRequest(options as unknown as GraphQLDataSourceProcessOptions<GatewayContext>);
    expect(decodeHubContext(http.headers.get(HUB_CONTEXT_HEADER))).toEqual(ctx.hub);
  });
});
