import { join } from 'node:path';

/** The departments the gateway joins, with their default local ports. */
export const DEPARTMENTS = [
  { name: 'civil-affairs', port: 4101 },
  { name: 'social-security', port: 4102 },
  { name: 'market-access', port: 4103 },
  { name: 'e-license', port: 4104 },
] as const;

export interface GatewayConfig {
  port: number;
  host: string;
  supergraphPath: string;
  /** Where each department subgraph answers, by subgraph name. */
  subgraphUrls: Record<string, string>;
  /** Production mode turns off introspection. */
  production: boolean;
}

function envKey(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/** Read once at start: GATEWAY_PORT, <DEPT>_URL (or <DEPT>_PORT), SUPERGRAPH_PATH, NODE_ENV. */
export function readGatewayConfig(env: NodeJS.ProcessEnv = process.env): GatewayConfig {
  const subgraphUrls: Record<string, string> = {};
  for (const dept of DEPARTMENTS) {
    const port = env[`${envKey(dept.name)}_PORT`] ?? String(dept.port);
    subgraphUrls[dept.name] = env[`${envKey(dept.name)}_URL`] ?? `http://127.0.0.1:${port}/graphql`;
  }
  return {
    port: Number(env.GATEWAY_PORT ?? 4000),
    host: env.HOST ?? '127.0.0.1',
    supergraphPath: env.SUPERGRAPH_PATH ?? join(__dirname, '..', 'supergraph.graphql'),
    subgraphUrls,
    production: env.NODE_ENV === 'production',
  };
}
