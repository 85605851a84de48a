import type { GraphQLResult, TestSubgraph } from '@hub/kit';

/** A refusal as every client must see it: the status, one error with the code (and reason), and no data. */
export function expectRefused(result: GraphQLResult<unknown>, status: number, code: string, reason?: string | RegExp): void {
  expect(result.status).toBe(status);
  expect(result.body.data ?? null).toBeNull();
  expect(result.body.errors).toHaveLength(1);
  expect(result.body.errors?.[0]?.extensions?.code).toBe(code);
  if (reason !== undefined) expect(result.body.errors?.[0]?.extensions?.reason).toEqual(typeof reason === 'string' ? reason : expect.stringMatching(reason));
}

/** SQL statements the departments ran during `action`: zero means no data was read. */
export async function statementsDuring(departments: Iterable<TestSubgraph<unknown>>, action: () => Promise<void>): Promise<number> {
  const list = [...departments];
  for (const sg of list) sg.statements.reset();
  await action();
  return list.reduce((sum, sg) => sum + sg.statements.count, 0);
}

/** A POST whose body is anything, not only one operation (batches, oversized variables). */
export async function postRaw(url: string, body: string, headers: Record<string, string>): Promise<GraphQLResult<unknown> & { headers: Headers }> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? (JSON.parse(text) as GraphQLResult<unknown>['body']) : {} };
}
