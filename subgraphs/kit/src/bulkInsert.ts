import type { Database } from './database';

/** A column of a bulk insert: its name and the SQL type its text value is cast to. */
export interface BulkColumn {
  name: string;
  type: string;
}

type Cell = string | number | boolean | Date | null | undefined | object;

function toText(value: Cell): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * Inserts many rows with one statement per chunk: every column travels as a text array
 * and is cast to its type by `unnest`, which PostgreSQL and PGlite both plan once.
 */
export async function bulkInsert(
  db: Pick<Database, 'query'>,
  table: string,
  columns: BulkColumn[],
  rows: Cell[][],
  chunkSize = 5000,
): Promise<number> {
  const names = columns.map((c) => `"${c.name}"`).join(', ');
  const casts = columns.map((c, i) => `c${i}::${c.type}`).join(', ');
  const params = columns.map((_, i) => `$${i + 1}::text[]`).join(', ');
  const aliases = columns.map((_, i) => `c${i}`).join(', ');
  const sql = `INSERT INTO "${table}" (${names}) SELECT ${casts} FROM unnest(${params}) AS u(${aliases})`;
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const arrays = columns.map((_, col) => chunk.map((row) => toText(row[col])));
    await db.query(sql, arrays);
  }
  return rows.length;
}
