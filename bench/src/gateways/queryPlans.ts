import { operationFromDocument, Supergraph } from '@apollo/federation-internals';
import { prettyFormatQueryPlan, QueryPlanner } from '@apollo/query-planner';
import { parse } from 'graphql';

/**
 * The query plan @apollo/gateway makes for an operation: which subgraph calls, in which
 * order. The floor replays exactly these calls, so printing them shows what it skips.
 */
export function queryPlanOf(supergraphSdl: string, document: string, operationName?: string): string {
  const supergraph = Supergraph.build(supergraphSdl);
  const planner = new QueryPlanner(supergraph);
  const operation = operationFromDocument(supergraph.schema, parse(document), operationName ? { operationName } : {});
  return prettyFormatQueryPlan(planner.buildQueryPlan(operation));
}
