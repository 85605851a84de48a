import type { IncomingMessage } from 'node:http';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { createLogger, HUB_CONTEXT_HEADER, HubContextSigner, HubContextVerifier, testContextKeys } from '@hub/kit';
import { CallerAuthenticator } from '../src/auth/authenticator';
import { DEFAULT_AUDIENCE } from '../src/auth/authConfig';
import { findDemoAccount } from '../src/auth/demoAccounts';
import { DevIssuer } from '../src/auth/devIssuer';
import { createGatewayContext, type GatewayContext, type RequestGuard } from '../src/callerContext';
import { DepartmentSource } from '../src/departmentSource';
import { DEFAULT_RATE_LIMITS } from '../src/limits/rateLimits';
import { RequestRateLimiter } from '../src/limits/rateLimiter';

let guard: RequestGuard;
let authorization: string;
beforeAll(async () => {
  const issuer = await DevIssuer.create(DEFAULT_AUDIENCE);
  guard = {
    authenticator: new CallerAuthenticator({ audience: DEFAULT_AUDIENCE, issuers: [], devIssuer: true, clockToleranceSeconds: 10 }, issuer),
    rateLimiter: new RequestRateLimiter(DEFAULT_RATE_LIMITS),
    log: createLogger('gateway-test'),
  };
  authorization = `Bearer ${await issuer.issue(findDemoAccount('clerk-boshan')!.claims)}`;
});

/** An incoming request from a clerk of 博山区城东街道便民服务中心, with these headers too. */
const request = (headers: Record<string, string>) =>
  ({ headers: { authorization, ...headers }, socket: { remoteAddress: '127.0.0.1' } }) as unknown as IncomingMessage;

describe('the caller context the gateway forwards to departments', () => {
  it('keeps the client’s trace id and declared purpose', async () => {
    const ctx = await createGatewayContext(request({
      traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
      'x-hub-matter': '370304-GTGSH-001',
      'x-hub-case': 'C2026-0001',
    }), guard);
    expect(ctx.hub.traceId).toBe('4bf92f3577b34da6a3ce929d0e0e4736');
    expect(ctx.hub.purpose).toEqual({ matter: '370304-GTGSH-001', caseId: 'C2026-0001' });
  });

  it('makes a trace id when the client sent none, and ignores malformed ones', async () => {
    const ctx = await createGatewayContext(request({ 'x-request-id': 'bad id!' }), guard);
    expect(ctx.hub.traceId).toMatch(/^[0-9a-f-]{36}$/);
    expect(ctx.hub.purpose).toBeNull();
  });

  it('carries the authenticated caller from the token’s claims', async () => {
    const ctx = await createGatewayContext(request({}), guard);
    expect(ctx.hub.caller).toEqual({
      id: 'clerk-boshan',
      role: 'CLERK',
      name: '博山区城东街道便民服务中心窗口',
      centre: '博山区城东街道便民服务中心',
      division: '370304001',
    });
  });

  it('is attached to every subgraph request, signed for that department, and verifies to the same context', async () => {
    const ctx = await createGatewayContext(request({ 'x-request-id': 'trace-0123456789', 'x-hub-matter': 'M1' }), guard);
    const http = { method: 'POST', url: 'http://dept/graphql', headers: new Headers() };
    const keys = testContextKeys();
    // willSendRequest reads only the outgoing request and the context.
    const options = { kind: 'incoming operation', request: { query: '{ __typename }', http }, context: ctx } as unknown as GraphQLDataSourceProcessOptions<GatewayContext>;
    await new DepartmentSource('civil-affairs', 'http://dept/graphql', new HubContextSigner(keys.signingKey)).willSendRequest(options);
    const header = http.headers.get(HUB_CONTEXT_HEADER) ?? undefined;
    expect(await new HubContextVerifier(keys.verifyKey, 'civil-affairs').verify(header)).toEqual(ctx.hub);
    await expect(new HubContextVerifier(keys.verifyKey, 'market-access').verify(header)).rejects.toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', reason: `${HUB_CONTEXT_HEADER} refused: token audience is not accepted here` },
    });
  });
});
