import { join } from 'node:path';
import { ServiceProcess } from '../stack/serviceProcess';
import type { HubStack } from '../stack/hubStack';
import { ROOT } from '../stack/hubStack';

/**
 * What is compared, each on the same port, the same departments and the same supergraph,
 * with the same number of worker processes, one after another.
 */
export interface Target {
  key: string;
  label: string;
  /** How the load process talks to it: as a clerk (this hub) or with pre-signed contexts (peers, floor). */
  mode: 'hub' | 'peer';
  /** Whether identical in-flight subgraph requests are merged (n/a for the floor). */
  merging: 'on' | 'off' | 'n/a';
  start(context: TargetContext): Promise<ServiceProcess>;
}

export interface TargetContext {
  stack: HubStack;
  workers: number;
  /** The supergraph with this run's subgraph URLs (peers read the URLs from it). */
  supergraphPath: string;
  /** Environment for this hub's gateway (the benchmark's token issuer). */
  hubEnv: Record<string, string>;
}

const peer = (key: string, label: string, merging: Target['merging'], script: string, env: Record<string, string> = {}): Target => ({
  key,
  label,
  mode: 'peer',
  merging,
  start: async ({ stack, workers, supergraphPath }) => {
    const service = new ServiceProcess(key, join(ROOT, 'bench', 'dist', 'peers', script), {
      ...env,
      PORT: String(stack.gatewayPort),
      SUPERGRAPH_PATH: supergraphPath,
      WORKERS: String(workers),
      DEPARTMENT_URLS: JSON.stringify(stack.departmentUrls),
      LOG_LEVEL: 'error',
      // Five pre-signed contexts, each carrying the purpose grant, exceed Node's 16 KiB default.
      NODE_OPTIONS: '--max-http-header-size=131072',
      // Hive Gateway warns about abort listeners on every busy second; the figures are what matter here.
      NODE_NO_WARNINGS: '1',
    }, `http://127.0.0.1:${stack.gatewayPort}/ready`);
    await service.start();
    return service;
  },
});

/** This hub's gateway as configured (no setting but the worker count), or with merging turned on. */
const hub = (key: string, label: string, merging: 'on' | 'off', env: Record<string, string> = {}): Target => ({
  key,
  label,
  mode: 'hub',
  merging,
  start: ({ stack, workers, hubEnv }) => stack.startHubGateway({ ...hubEnv, GATEWAY_WORKERS: String(workers), ...env }),
});

export const TARGETS: Target[] = [
  hub('hub', 'this hub’s gateway', 'off'),
  hub('hub-merge', 'this hub’s gateway, merging on', 'on', { HUB_MERGE_INFLIGHT: 'true' }),
  peer('apollo', 'stock @apollo/gateway', 'off', 'apolloStock.js'),
  peer('hive-js', 'Hive Gateway (JS planner)', 'on', 'hiveGateway.js', { HIVE_PLANNER: 'js' }),
  peer('hive-js-nomerge', 'Hive Gateway (JS planner), merging off', 'off', 'hiveGateway.js', { HIVE_PLANNER: 'js', HIVE_DEDUPE: 'off' }),
  peer('hive-router', 'Hive Gateway (Rust planner)', 'on', 'hiveGateway.js', { HIVE_PLANNER: 'router' }),
  peer('hive-router-nomerge', 'Hive Gateway (Rust planner), merging off', 'off', 'hiveGateway.js', { HIVE_PLANNER: 'router', HIVE_DEDUPE: 'off' }),
  peer('floor', 'floor: subgraphs called directly', 'n/a', 'floor.js'),
];
