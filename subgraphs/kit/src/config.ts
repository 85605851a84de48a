import type { KeyObject } from 'node:crypto';
import { join } from 'node:path';
import { readContextVerifyKey } from './trust/keys';
import { readPurposeVerifyKey } from './purpose/keys';

/** Where a department keeps its data and which port it answers on, read once at start. */
export interface SubgraphConfig {
  port: number;
  host: string;
  databaseUrl: string;
  /** Load the demo data set when the database is empty. */
  seedDemo: boolean;
  /** The gateway's public key: every request must carry a context it signed (trust/contextToken.ts). */
  contextVerifyKey: KeyObject;
  /** Intake's public key: personal data is answered only under a purpose grant it signed (purpose/). */
  purposeVerifyKey: KeyObject;
}

function envKey(name: string): string {
  return name.toUpperCase().replace(/-/g, '_');
}

/**
 * Database selection, most specific first:
 *   <NAME>_DATABASE_URL            e.g. CIVIL_AFFAIRS_DATABASE_URL=postgres://…/civil
 *   HUB_DATABASE_URL + /hub_<name> one PostgreSQL server, one database per department
 *   pglite:<HUB_DATA_DIR>/<name>   the embedded default, nothing to install
 */
export function databaseUrlFor(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const own = env[`${envKey(name)}_DATABASE_URL`];
  if (own) return own;
  const base = env.HUB_DATABASE_URL;
  if (base) {
    const url = new URL(base);
    url.pathname = `/hub_${name.replace(/-/g, '_')}`;
    return url.toString();
  }
  return `pglite:${join(env.HUB_DATA_DIR ?? '.hub-data', name)}`;
}

export function readSubgraphConfig(name: string, defaultPort: number, env: NodeJS.ProcessEnv = process.env): SubgraphConfig {
  const portText = env[`${envKey(name)}_PORT`] ?? env.PORT ?? String(defaultPort);
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port ${portText} for ${name}`);
  return {
    port,
    host: env.HOST ?? '127.0.0.1',
    databaseUrl: databaseUrlFor(name, env),
    seedDemo: env.SEED_DEMO !== 'false',
    contextVerifyKey: readContextVerifyKey(env),
    purposeVerifyKey: readPurposeVerifyKey(env),
  };
}
