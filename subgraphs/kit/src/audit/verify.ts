import type { Database } from '../database';
import { genesisHash, recordHash } from './chain';
import type { ChainedDataAccess } from './entry';
import { DATA_ACCESS_SELECT, DATA_ACCESS_TABLE, type DataAccessRow } from './table';

/** A head recorded earlier outside the database (printed by the verify command). */
export interface ChainAnchor {
  seq: number;
  hash: string;
}

export type ChainVerdict =
  | { ok: true; count: number; head: ChainAnchor | null }
  | {
      ok: false;
      /** Records that verified before the problem. */
      count: number;
      /** The first record that does not verify. */
      seq: number;
      /** altered: its content no longer matches its hash; broken: it does not follow the record before it. */
      problem: 'altered' | 'broken';
      message: string;
    };

/**
 * Walks a department's chain from the start and names the first record that does not verify:
 * `altered` when a record's recomputed hash differs from the stored one (a field was edited),
 * `broken` when a record does not follow its predecessor — a sequence gap or a prevHash that
 * is not the previous hash (records deleted or inserted, or an edited record re-hashed).
 * A rewrite of the whole tail, or its deletion, can only be caught against a head recorded
 * elsewhere earlier: pass it as `anchor`. Reads in pages, so memory stays flat.
 */
export async function verifyDataAccessChain(
  db: Pick<Database, 'query'>,
  department: string,
  options: { anchor?: ChainAnchor; pageSize?: number } = {},
): Promise<ChainVerdict> {
  const pageSize = options.pageSize ?? 5000;
  let previous: ChainAnchor = { seq: 0, hash: genesisHash(department) };
  let count = 0;
  for (;;) {
    const rows = await db.query<DataAccessRow>(
      `SELECT ${DATA_ACCESS_SELECT} FROM ${DATA_ACCESS_TABLE} WHERE "seq" > $1 ORDER BY "seq" LIMIT $2`,
      [String(previous.seq), pageSize],
    );
    for (const row of rows) {
      const record = fromRow(row);
      const problem = linkProblem(previous, record) ?? sealProblem(record) ?? anchorProblem(options.anchor, record);
      if (problem) return { ok: false, count, seq: record.seq, ...problem };
      previous = { seq: record.seq, hash: record.hash };
      count++;
    }
    if (rows.length < pageSize) break;
  }
  const anchor = options.anchor;
  if (anchor && anchor.seq > previous.seq) {
    return { ok: false, count, seq: anchor.seq, problem: 'broken', message: `record ${anchor.seq} named by the anchor is missing: the log ends at ${previous.seq} (records deleted from its end)` };
  }
  return { ok: true, count, head: count ? previous : null };
}

type Problem = { problem: 'altered' | 'broken'; message: string };

function linkProblem(previous: ChainAnchor, record: ChainedDataAccess): Problem | undefined {
  if (record.seq !== previous.seq + 1) {
    const missing = record.seq - 1 === previous.seq + 1 ? `record ${previous.seq + 1} is` : `records ${previous.seq + 1}–${record.seq - 1} are`;
    return { problem: 'broken', message: `${missing} missing before record ${record.seq} (deleted)` };
  }
  if (record.prevHash !== previous.hash) {
    const before = previous.seq === 0 ? 'the genesis value' : `record ${previous.seq}'s hash`;
    return { problem: 'broken', message: `record ${record.seq} does not chain from ${before}: a record before it was altered and re-hashed, or records were deleted or inserted` };
  }
  return undefined;
}

function sealProblem(record: ChainedDataAccess): Problem | undefined {
  const { hash, ...content } = record;
  const recomputed = recordHash(content);
  return recomputed === hash ? undefined : { problem: 'altered', message: `record ${record.seq} was altered: its content hashes to ${recomputed}, not the stored ${hash}` };
}

function anchorProblem(anchor: ChainAnchor | undefined, record: ChainedDataAccess): Problem | undefined {
  if (!anchor || anchor.seq !== record.seq || anchor.hash === record.hash) return undefined;
  return { problem: 'broken', message: `record ${record.seq} differs from the anchor recorded earlier: the log was rewritten at or before it` };
}

function fromRow(row: DataAccessRow): ChainedDataAccess {
  return { ...row, seq: Number(row.seq), items: row.items ?? [] };
}
