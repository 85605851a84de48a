import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { Kind, parse, type OperationDefinitionNode, type TypeNode } from 'graphql';
import { postGraphQL } from '@hub/kit';
import { DEFAULT_SAFELIST_PATH } from '../src/limits/operationSafelist';
import type { RunningGateway } from '../src/server';
import { startTestHub, type TestHub } from './testHub';

/**
 * Every public operation (the typed SDK's, the production safelist) with random and hostile
 * variables, as a clerk, an approver and a citizen: the gateway never answers 500, always
 * answers JSON with data or errors, no process crashes or leaves a rejection unhandled, and
 * it still serves a normal request afterwards.
 */
let hub: TestHub;
let gateway: RunningGateway;
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);

beforeAll(async () => {
  process.on('unhandledRejection', onUnhandled);
  hub = await startTestHub();
  // Room for the runs below under one caller's rate limit.
  gateway = await hub.startGateway({ rateLimits: { perCaller: 100_000, perAddress: 100_000, windowSeconds: 60 } });
}, 180_000);
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await hub?.stop();
});

const operations = Object.values(JSON.parse(readFileSync(DEFAULT_SAFELIST_PATH, 'utf8')) as Record<string, string>)
  .map((text) => ({ text, operation: parse(text).definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)! }))
  .filter((o) => o.operation);

/** Hostile values of every shape: the right type or not. */
const hostileScalar = fc.oneof(
  fc.string(),
  fc.string({ minLength: 18, maxLength: 18 }),
  fc.constantFrom('370304199001011234', '11010519491231002X', '91370304MA3C12345X', "'; DROP TABLE \"Case\"; --", '<script>alert(1)</script>', '../../etc/passwd', '\u0000', '😀'.repeat(50), 'x'.repeat(20_000)),
  fc.integer(),
  fc.constantFrom(2 ** 53, -(2 ** 31), Number.MAX_SAFE_INTEGER + 2),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
);
const hostileValue: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, hostileScalar, fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 12 }), tie('value'), { maxKeys: 4 })),
})).value;

/** Plausible values for a variable's type, mixed with hostile ones. */
function forType(type: TypeNode): fc.Arbitrary<unknown> {
  if (type.kind === Kind.NON_NULL_TYPE) return forType(type.type);
  if (type.kind === Kind.LIST_TYPE) return fc.oneof(fc.array(forType(type.type), { maxLength: 5 }), hostileValue);
  switch (type.name.value) {
    case 'Int':
      return fc.oneof(fc.integer({ min: -5, max: 600 }), hostileValue);
    case 'Boolean':
      return fc.oneof(fc.boolean(), hostileValue);
    case 'SubjectInput':
      return fc.oneof(fc.record({ idNumber: hostileScalar }), fc.record({ creditCode: hostileScalar }), hostileValue);
    default:
      return hostileValue;
  }
}

function variablesFor(operation: OperationDefinitionNode): fc.Arbitrary<Record<string, unknown>> {
  const defs = operation.variableDefinitions ?? [];
  return fc.record(Object.fromEntries(defs.map((d) => [d.variable.name.value, forType(d.type)])), { requiredKeys: [] });
}

describe.each([['clerk-boshan'], ['approver-market-access'], ['citizen-restaurant-owner']])('as %s', (account) => {
  it.each(operations.map((o) => [o.operation.name?.value ?? '(anonymous)', o] as const))('%s: no 500, always an answer', async (_, { text, operation }) => {
    const headers = await hub.authHeaders(account, gateway);
    await fc.assert(
      fc.asyncProperty(variablesFor(operation), async (variables) => {
        const { status, body } = await postGraphQL(gateway.url, text, variables, headers);
        expect(status).toBeLessThan(500);
        expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
        for (const error of body.errors ?? []) expect(error.extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
      }),
      { numRuns: 6, seed: 20261123 },
    );
  }, 60_000);
});

it('leaves no unhandled rejection, and the gateway still answers', async () => {
  const { status, body } = await postGraphQL<{ licenceTypes: unknown[] }>(gateway.url, '{ licenceTypes { code } }', {}, await hub.authHeaders('clerk-boshan', gateway));
  expect(status).toBe(200);
  expect(body.data?.licenceTypes.length).toBeGreaterThan(0);
  expect(unhandled).toEqual([]);
});
