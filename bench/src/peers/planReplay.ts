import type { FetchNode, PlanNode, QueryPlan, QueryPlanSelectionNode } from '@apollo/query-planner';

/**
 * The floor's executor: the subgraph calls of a query plan and nothing else. Root fetches
 * give the data; each `Flatten` collects the objects at its path, sends their keys to the
 * entity fetch and writes the answers back into them. No validation, no result shaping, no
 * error paths: the least any gateway must do to answer the same operation.
 */
export type SubgraphCall = (subgraph: string, query: string, variables: Record<string, unknown>) => Promise<{ data?: Record<string, unknown> | null; errors?: unknown[] }>;

type Json = Record<string, unknown>;

export async function replay(plan: QueryPlan, variables: Record<string, unknown>, call: SubgraphCall): Promise<{ data: Json; errors: unknown[] }> {
  const data: Json = {};
  const errors: unknown[] = [];
  if (plan.node?.kind === 'Subscription') throw new Error('the floor does not replay subscriptions');
  if (plan.node) await run(plan.node, [data], variables, call, errors);
  return { data: withoutTypenames(data) as Json, errors };
}

async function run(node: PlanNode, targets: Json[], variables: Record<string, unknown>, call: SubgraphCall, errors: unknown[]): Promise<void> {
  switch (node.kind) {
    case 'Sequence':
      for (const child of node.nodes) await run(child, targets, variables, call, errors);
      return;
    case 'Parallel':
      await Promise.all(node.nodes.map((child) => run(child, targets, variables, call, errors)));
      return;
    case 'Flatten':
      return run(node.node, targets.flatMap((t) => objectsAt(t, node.path)), variables, call, errors);
    case 'Fetch':
      return fetchInto(node, targets, variables, call, errors);
    default:
      throw new Error(`the floor does not replay ${node.kind} nodes`);
  }
}

async function fetchInto(node: FetchNode, targets: Json[], variables: Record<string, unknown>, call: SubgraphCall, errors: unknown[]): Promise<void> {
  const used = Object.fromEntries((node.variableUsages ?? []).map((name) => [name, variables[name]]));
  if (!node.requires) {
    const answer = await call(node.serviceName, node.operation, used);
    if (answer.errors) errors.push(...answer.errors);
    for (const target of targets) Object.assign(target, answer.data ?? {});
    return;
  }
  if (targets.length === 0) return;
  const representations = targets.map((t) => representation(t, node.requires!));
  const answer = await call(node.serviceName, node.operation, { ...used, representations });
  if (answer.errors) errors.push(...answer.errors);
  const entities = (answer.data?._entities ?? []) as Array<Json | null>;
  targets.forEach((target, i) => Object.assign(target, entities[i] ?? {}));
}

/** An entity's key fields, as the plan's `requires` names them (flat keys only: all this supergraph has). */
function representation(object: Json, requires: QueryPlanSelectionNode[]): Json {
  const out: Json = {};
  for (const selection of requires) {
    if (selection.kind === 'InlineFragment') Object.assign(out, representation(object, selection.selections));
    else out[selection.name] = object[selection.name];
  }
  return out;
}

function objectsAt(value: unknown, path: ReadonlyArray<string | number>): Json[] {
  if (value === null || value === undefined) return [];
  if (path.length === 0) return Array.isArray(value) ? value.flatMap((v) => objectsAt(v, path)) : [value as Json];
  const [step, ...rest] = path;
  if (step === '@') return Array.isArray(value) ? value.flatMap((v) => objectsAt(v, rest)) : [];
  return objectsAt((value as Json)[step as string], rest);
}

/** The plan adds __typename for entity keys; the operations here never ask for it. */
function withoutTypenames(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutTypenames);
  if (value && typeof value === 'object') {
    const out: Json = {};
    for (const [key, v] of Object.entries(value as Json)) if (key !== '__typename') out[key] = withoutTypenames(v);
    return out;
  }
  return value;
}
