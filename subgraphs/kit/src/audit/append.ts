import type { Database } from '../database';
import { genesisHash, recordHash } from './chain';
import type { ChainedDataAccess, DataAccessEntry } from './entry';
import { DATA_ACCESS_COLUMNS, DATA_ACCESS_TABLE } from './table';

type Tx = Pick<Database, 'exec' | 'query'>;

/** Rows per INSERT statement: 15 parameters each stays far below PostgreSQL's 65,535. */
const ROWS_PER_STATEMENT = 1000;

/**
 * Appends entries to the department's chain inside the caller's transaction. A transaction
 * advisory lock keyed by the table's own OID serialises appenders — across every process
 * on the database, not only this one — so each reads the true head and the chain never forks;
 * the unique index on prevHash refuses a fork even from a writer that skipped the lock. An
 * advisory lock needs no privilege beyond INSERT and SELECT, which is all the service's
 * database role should hold on this table. Sequence numbers are assigned here, gap-free.
 */
export async function appendChained(tx: Tx, department: string, entries: readonly DataAccessEntry[]): Promise<ChainedDataAccess[]> {
  await tx.query(`SELECT pg_advisory_xact_lock('${DATA_ACCESS_TABLE}'::regclass::oid::bigint)`);
  const [head] = await tx.query<{ seq: string | number; hash: string }>(`SELECT "seq", "hash" FROM ${DATA_ACCESS_TABLE} ORDER BY "seq" DESC LIMIT 1`);
  let seq = head ? Number(head.seq) : 0;
  let prevHash = head?.hash ?? genesisHash(department);
  // One instant per batch, taken under the lock, so `at` never runs backwards along the chain.
  const at = new Date();
  const chained = entries.map((entry) => {
    const unsealed = { ...entry, seq: ++seq, at, prevHash };
    const record = { ...unsealed, hash: recordHash(unsealed) };
    prevHash = record.hash;
    return record;
  });
  for (let start = 0; start < chained.length; start += ROWS_PER_STATEMENT) {
    await insertRows(tx, chained.slice(start, start + ROWS_PER_STATEMENT));
  }
  return chained;
}

async function insertRows(tx: Tx, rows: readonly ChainedDataAccess[]): Promise<void> {
  const width = DATA_ACCESS_COLUMNS.length;
  const tuples = rows.map((_, r) => `(${DATA_ACCESS_COLUMNS.map((c, i) => `$${r * width + i + 1}${c === 'items' ? '::text[]' : ''}`).join(', ')})`);
  const params = rows.flatMap((row) => DATA_ACCESS_COLUMNS.map((c) => row[c]));
  const columns = DATA_ACCESS_COLUMNS.map((c) => `"${c}"`).join(', ');
  await tx.query(`INSERT INTO ${DATA_ACCESS_TABLE} (${columns}) VALUES ${tuples.join(', ')}`, params);
}
