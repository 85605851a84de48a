import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { readContextSigningKey } from '@hub/kit';
import { readAuthConfig, type AuthConfig } from './auth/authConfig';
import { QUERY_LIMITS, type QueryLimits } from './limits/queryLimits';
import { readRateLimits, type RateLimits } from './limits/rateLimits';
import { readSafelist, type OperationSafelist } from './limits/operationSafelist';
import { readBreakerSettings, type BreakerSettings } from './resilience/breakerSettings';
import { readWebRoot } from './webRoot';

/** The departments the gateway joins, with their default local ports. */
export const DEPARTMENTS = [
  { name: 'civil-affairs', port: 4101 },
  { name: 'social-security', port: 4102 },
  { name: 'market-access', port: 4103 },
  { name: 'e-license', port: 4104 },
  { name: 'intake', port: 4105 },
] as const;

export type DepartmentName = (typeof DEPARTMENTS)[number]['name'];

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Where each department subgraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Production mode: no introspection, no field suggestions, no development issuer. */
  production: boolean;
  /** Signs the caller context forwarded to departments (Ed25519; departments hold the public key). */
  contextSigningKey: KeyObject;
  /** Whose caller tokens are accepted. */
  auth: AuthConfig;
  /** What one operation may ask (graphql-armor). */
  limits: QueryLimits;
  /** Requests per caller and per client address. */
  rateLimits: RateLimits;
  /** How long one department call may take (SUBGRAPH_TIMEOUT_MS); departmentSource.ts has the default. */
  subgraphTimeoutMs?: number;
  /** When a department's calls are failed fast, and when it is tried again (resilience/breakerSettings.ts has the defaults). */
  breaker?: BreakerSettings;
  /** Merge identical department reads in flight for the same caller and purpose (HUB_MERGE_INFLIGHT, default false: see README, Speed). */
  mergeInflight?: boolean;
  /** Worker processes sharing the port (GATEWAY_WORKERS, default 1; index.ts forks them). */
  workers?: number;
  /** The persisted-operation safelist (limits/operationSafelist.ts): enforced when set. */
  safelist?: OperationSafelist | null;
  /** The clerk workstation's built files, served at / (HUB_WEB_ROOT; webRoot.ts has the default); none when null or absent. */
  webRoot?: string | null;
}

function envKey(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

function milliseconds(text: string, name: string): number {
  const ms = Number(text);
  if (!Number.isInteger(ms) || ms <= 0) throw new Error(`${name} must be a positive whole number of milliseconds, got ${text}`);
  return ms;
}

function flag(text: string | undefined, name: string, fallback: boolean): boolean {
  if (text === undefined || text === '') return fallback;
  if (text === 'true' || text === 'false') return text === 'true';
  throw new Error(`${name} must be true or false, got ${text}`);
}

function wholeNumber(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 64) throw new Error(`${name} must be a whole number from 1 to 64, got ${text}`);
  return n;
}

/**
 * Read once at start: GATEWAY_PORT, <DEPT>_URL (or <DEPT>_PORT), SUPERGRAPH_PATH, NODE_ENV,
 * HUB_CONTEXT_SIGNING_KEY(_FILE), HUB_JWT_* and HUB_JWKS_* (auth/authConfig.ts),
 * HUB_RATE_LIMIT_* (limits/rateLimits.ts), HUB_SAFELIST(_PATH) (limits/operationSafelist.ts),
 * HUB_WEB_ROOT (webRoot.ts), SUBGRAPH_TIMEOUT_MS (departmentSource.ts), HUB_BREAKER_* (the
 * per-department circuit, resilience/breakerSettings.ts), HUB_MERGE_INFLIGHT (transport/mergeKey.ts),
 * GATEWAY_WORKERS.
 */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const dept of DEPARTMENTS) {
    const port = env[`${envKey(dept.name)}_PORT`] ?? String(dept.port);
    subgraphUrls[dept.name] = env[`${envKey(dept.name)}_URL`] ?? `http://127.0.0.1:${port}/graphql`;
  }
  const production = env.NODE_ENV === 'production';
  return {
    port: Number(env.GATEWAY_PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    supergraphPath: env.SUPERGRAPH_PATH ?? join(__dirname, '..', 'supergraph.graphql'),
    subgraphUrls,
    production,
    contextSigningKey: readContextSigningKey(env),
    safelist: readSafelist(env, production),
    auth: readAuthConfig(env, production),
    limits: QUERY_LIMITS,
    rateLimits: readRateLimits(env),
    webRoot: readWebRoot(env),
    breaker: readBreakerSettings(env),
    // Off unless asked: within one caller and purpose there is little to merge, and the
    // benchmark measured the keys costing more than the merges saved (README, Speed).
    mergeInflight: flag(env.HUB_MERGE_INFLIGHT, 'HUB_MERGE_INFLIGHT', false),
    workers: env.GATEWAY_WORKERS ? wholeNumber(env.GATEWAY_WORKERS, 'GATEWAY_WORKERS') : 1,
    ...(env.SUBGRAPH_TIMEOUT_MS ? { subgraphTimeoutMs: milliseconds(env.SUBGRAPH_TIMEOUT_MS, 'SUBGRAPH_TIMEOUT_MS') } : {}),
  };
}
