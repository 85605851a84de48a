import { createPrivateKey } from 'node:crypto';
import { HubContextSigner } from '@hub/kit';
import { hubHeaders, peerHeaders } from './requestHeaders';
import type { Scenario } from './scenarios';
import type { Clerk } from './benchIssuer';

/**
 * Every gateway must give the same answers, or its figures compare different work: the
 * first requests of each workload are asked of this hub's gateway first (the reference),
 * then of each target, and the `data` compared as canonical JSON.
 */
export type Answers = Record<string, unknown[]>;

const CHECKED = 3;

export async function referenceAnswers(url: string, clerk: Clerk, scenarios: Scenario[]): Promise<Answers> {
  const answers: Answers = {};
  for (const scenario of scenarios) {
    answers[scenario.key] = [];
    for (const request of scenario.requests.slice(0, CHECKED)) {
      const body = await post(url, request.body, hubHeaders(request, clerk.token));
      if (body.errors) throw new Error(`${scenario.title}: the reference answer has errors: ${JSON.stringify(body.errors).slice(0, 600)}`);
      answers[scenario.key]!.push(body.data);
    }
  }
  return answers;
}

/**
 * Differences from the reference, as lines to print (none when the target answers alike).
 * `extraFieldsAllowed`: the floor does not shape its answer to the operation (it keeps the
 * entity keys the plan fetched), so only the fields the reference has are compared.
 */
export async function checkAnswers(url: string, mode: 'hub' | 'peer', clerk: Clerk, scenarios: Scenario[], reference: Answers, contextKeyPem: string, subgraphs: string[], extraFieldsAllowed = false): Promise<string[]> {
  const signer = new HubContextSigner(createPrivateKey(contextKeyPem));
  const problems: string[] = [];
  for (const scenario of scenarios) {
    for (const [i, request] of scenario.requests.slice(0, CHECKED).entries()) {
      const headers = mode === 'hub' ? hubHeaders(request, clerk.token) : await peerHeaders(request, clerk.caller, signer, subgraphs);
      const body = await post(url, request.body, headers);
      if (body.errors) problems.push(`${scenario.key} #${i}: errors ${JSON.stringify(body.errors).slice(0, 300)}`);
      else if (canonical(extraFieldsAllowed ? shapedLike(body.data, reference[scenario.key]![i]) : body.data) !== canonical(reference[scenario.key]![i])) problems.push(`${scenario.key} #${i}: data differs from this hub's gateway's answer`);
    }
  }
  return problems;
}

async function post(url: string, body: string, headers: Record<string, string>): Promise<{ data?: unknown; errors?: unknown[] }> {
  const response = await fetch(url, { method: 'POST', headers, body });
  const text = await response.text();
  try {
    return JSON.parse(text) as { data?: unknown; errors?: unknown[] };
  } catch {
    return { errors: [`HTTP ${response.status}: ${text.slice(0, 200)}`] };
  }
}

/** `value` with only the object keys `shape` has, at every level. */
function shapedLike(value: unknown, shape: unknown): unknown {
  if (Array.isArray(shape) && Array.isArray(value)) return value.map((v, i) => shapedLike(v, shape[i] ?? shape[0]));
  if (shape && typeof shape === 'object' && value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(shape).map((k) => [k, shapedLike((value as Record<string, unknown>)[k], (shape as Record<string, unknown>)[k])]));
  }
  return value;
}

/** JSON with object keys sorted, so field order does not count as a difference. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b))) : v);
}
