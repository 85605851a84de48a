/**
 * Where intake finds the gateway it reads department data through, read once at start:
 *   GATEWAY_URL         default http://127.0.0.1:4000/graphql
 *   GATEWAY_TIMEOUT_MS  default 3500: a prefill answers within this, whatever the departments do.
 *                       Keep it above the gateway's SUBGRAPH_TIMEOUT_MS (1500), so a slow department
 *                       costs only its own fields, and below three times it (4500, the gateway's limit
 *                       for intake), leaving intake a second for its own work around the read.
 * An object rather than constants, so a test can point intake at a gateway started after it.
 */
export interface GatewayTarget {
  url: string;
  timeoutMs: number;
}

export const DEFAULT_GATEWAY_URL = 'http://127.0.0.1:4000/graphql';
export const DEFAULT_GATEWAY_TIMEOUT_MS = 3_500;

export function readGatewayTarget(env: NodeJS.ProcessEnv = process.env): GatewayTarget {
  const url = env.GATEWAY_URL ?? DEFAULT_GATEWAY_URL;
  if (!/^https?:\/\//.test(url)) throw new Error(`GATEWAY_URL must be an http(s) URL, got ${url}`);
  const timeoutText = env.GATEWAY_TIMEOUT_MS ?? String(DEFAULT_GATEWAY_TIMEOUT_MS);
  const timeoutMs = Number(timeoutText);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) throw new Error(`GATEWAY_TIMEOUT_MS must be a positive integer, got ${timeoutText}`);
  return { url, timeoutMs };
}
