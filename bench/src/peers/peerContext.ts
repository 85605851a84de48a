import { HUB_CONTEXT_HEADER } from '@hub/kit';

/**
 * Peer gateways know nothing of this hub's trust model: they do not authenticate callers or
 * sign the context each department requires. The load process signs that context itself,
 * once per subject every few seconds (cheaper than the per-request signing this project's
 * gateway does), and sends it in one header per subgraph; a peer only copies its subgraph's
 * header into `x-hub-context`. So peers are measured doing less work than the hub's gateway.
 */
export const CONTEXT_HEADER = HUB_CONTEXT_HEADER;

/** The header carrying the pre-signed context for one subgraph (by its supergraph name, e.g. civil-affairs). */
export function benchContextHeader(subgraph: string): string {
  return `x-bench-context-${subgraph.toLowerCase().replace(/_/g, '-')}`;
}
