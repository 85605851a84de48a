import { createPrivateKey } from 'node:crypto';
import { readFileSync } from 'node:fs';
import autocannon from 'autocannon';
import { HubContextSigner, type Caller } from '@hub/kit';
import { hubHeaders, peerHeaders } from './requestHeaders';
import type { ScenarioRequest } from './scenarios';

/**
 * The load generator, a process of its own so the gateway under test does not share its
 * event loop: autocannon over the scenario's requests in turn, for a fixed time, with a fixed
 * number of connections or at a fixed overall rate. Prints one JSON line with the figures.
 *
 * For this project's gateway each request carries the clerk's bearer token and the purpose
 * headers; for peers and the floor, the per-subgraph contexts signed here (peerContext.ts).
 *
 *   node bench/dist/gateways/loadRun.js <plan.json>     (HUB_CONTEXT_SIGNING_KEY in the environment for peers)
 */
export interface LoadPlan {
  url: string;
  mode: 'hub' | 'peer';
  connections: number;
  seconds: number;
  /** Requests per second across all connections; as fast as possible when absent. */
  rate?: number;
  token: string;
  caller: Caller;
  subgraphs: string[];
  requests: ScenarioRequest[];
}

export interface LoadFigures {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p90: number;
  p99: number;
  max: number;
  non2xx: number;
  errors: number;
  timeouts: number;
  /** 2xx answers whose body carried GraphQL errors. */
  graphqlErrors: number;
}

/** Contexts are valid 30 s; re-signed well before. */
const RESIGN_MS = 10_000;

async function main(): Promise<void> {
  const plan = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as LoadPlan;
  let headerSets = plan.requests.map((r) => hubHeaders(r, plan.token));
  let timer: NodeJS.Timeout | null = null;
  if (plan.mode === 'peer') {
    const signer = new HubContextSigner(createPrivateKey(process.env.HUB_CONTEXT_SIGNING_KEY!));
    const sign = async () => {
      headerSets = await Promise.all(plan.requests.map((r) => peerHeaders(r, plan.caller, signer, plan.subgraphs)));
    };
    await sign();
    timer = setInterval(() => void sign(), RESIGN_MS);
  }
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: plan.url,
    method: 'POST',
    connections: plan.connections,
    duration: plan.seconds,
    ...(plan.rate ? { overallRate: plan.rate } : {}),
    timeout: 10,
    requests: [{
      setupRequest: (request) => {
        const i = next++ % plan.requests.length;
        return { ...request, headers: headerSets[i], body: plan.requests[i]!.body };
      },
      onResponse: (status, body) => {
        if (status === 200 && body.includes('"errors"')) graphqlErrors++;
      },
    }],
  });
  if (timer) clearInterval(timer);
  const figures: LoadFigures = {
    requests: result.requests.total,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p90: result.latency.p90,
    p99: result.latency.p99,
    max: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
  };
  process.stdout.write(`${JSON.stringify(figures)}\n`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
