import { randomUUID } from 'node:crypto';
import type { Caller, HubContext, HubContextSigner } from '@hub/kit';
import { benchContextHeader } from '../peers/peerContext';
import type { ScenarioRequest } from './scenarios';

/** A clerk's request to this hub's gateway: bearer token and purpose headers. */
export function hubHeaders(request: ScenarioRequest, token: string): Record<string, string> {
  return { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...request.purposeHeaders };
}

/** The same request to a peer or the floor: the context this hub's gateway would have signed, per subgraph. */
export async function peerHeaders(request: ScenarioRequest, caller: Caller, signer: HubContextSigner, subgraphs: string[]): Promise<Record<string, string>> {
  const context: HubContext = { caller, purpose: request.purpose, traceId: randomUUID() };
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const subgraph of subgraphs) headers[benchContextHeader(subgraph)] = await signer.sign(context, subgraph);
  return headers;
}
