import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import type { SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { Pool } from 'pg';
import { PrismaPGlite } from 'pglite-prisma-adapter';

/**
 * A department's own database: a real PostgreSQL server (postgres://…) or, by default,
 * PGlite — PostgreSQL compiled to WebAssembly, in-process, so nothing needs installing.
 * Both run the same schema and the same SQL.
 */
export interface Database {
  readonly kind: 'postgres' | 'pglite';
  readonly adapter: SqlDriverAdapterFactory;
  /** Runs a script of several statements (migrations). */
  exec(sql: string): Promise<void>;
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs the callback inside one transaction. */
  transaction<T>(work: (tx: Pick<Database, 'exec' | 'query'>) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** `postgres://…`, `postgresql://…`, `pglite:memory` or `pglite:<directory>`. */
export async function openDatabase(url: string): Promise<Database> {
  if (url.startsWith('pglite:')) return openPglite(url.slice('pglite:'.length));
  if (/^postgres(ql)?:\/\//.test(url)) return openPostgres(url);
  throw new Error(`unsupported database URL ${url}: use postgres://… or pglite:<dir>`);
}

async function openPglite(location: string): Promise<Database> {
  if (location !== 'memory') mkdirSync(location, { recursive: true });
  const pg = location === 'memory' ? new PGlite() : new PGlite(location);
  await pg.waitReady;
  const run = {
    exec: async (sql: string) => void (await pg.exec(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await pg.query<T>(sql, params)).rows,
  };
  return {
    kind: 'pglite',
    adapter: new PrismaPGlite(pg),
    ...run,
    transaction: (work) =>
      pg.transaction((tx) =>
        work({
          exec: async (sql) => void (await tx.exec(sql)),
          query: async <T>(sql: string, params: unknown[] = []) => (await tx.query<T>(sql, params)).rows,
        }),
      ),
    close: () => pg.close(),
  };
}

async function openPostgres(url: string): Promise<Database> {
  await ensurePostgresDatabase(url);
  const pool = new Pool({ connectionString: url, max: Number(process.env.DB_POOL_SIZE ?? 10) });
  // An idle connection the server closes (restart, a test dropping its database) must not
  // crash the process; the pool replaces it on next use.
  pool.on('error', () => undefined);
  return {
    kind: 'postgres',
    adapter: new PrismaPg(pool),
    exec: async (sql) => void (await pool.query(sql)),
    query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[],
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await work({
          exec: async (sql) => void (await client.query(sql)),
          query: async <T>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
        });
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK');
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** Creates the department's database on the server when it does not exist yet. */
export async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  if (!name) throw new Error(`database URL ${url} names no database`);
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const pool = new Pool({ connectionString: admin.toString(), max: 1 });
  try {
    const found = await pool.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (found.rowCount === 0) await pool.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } catch (err) {
    // A concurrent creator may have won the race; that is fine.
    if (!String(err).includes('already exists')) throw err;
  } finally {
    await pool.end();
  }
}

/** Drops a database on the server (tests clean up after themselves). */
export async function dropPostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = '/postgres';
  const pool = new Pool({ connectionString: admin.toString(), max: 1 });
  try {
    await pool.query(`DROP DATABASE IF EXISTS "${name.replace(/"/g, '""')}" WITH (FORCE)`);
  } finally {
    await pool.end();
  }
}
