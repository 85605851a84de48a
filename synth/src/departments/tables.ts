import type { BulkColumn } from '@hub/kit';

/**
 * Rows ready for the kit's bulkInsert: one array per row, values in column order. Dates are
 * ISO strings ('YYYY-MM-DD' for date columns, full instants for timestamptz), JSON columns
 * plain objects; bulkInsert casts each text value to its column's SQL type.
 */
export type Cell = string | number | boolean | null | object;

export interface TableRows {
  table: string;
  columns: BulkColumn[];
  rows: Cell[][];
}

/** What every table of one generation run shares: the seed, as its hash, and how many worker threads may finish rows. */
export interface RunContext {
  seedHash: number;
  /** Worker threads for finishing rows off this thread (sealing e-licences); 0 or absent: in this thread. */
  workers?: number;
}

/** A table's name, its columns in insert order, and how one typed row becomes cells. */
export interface TableDef<Row> {
  table: string;
  columns: BulkColumn[];
  cells(row: Row): Cell[];
  /** Completes a chunk's rows together before they become cells, e.g. signs e-licences in bulk. */
  finish?(rows: Row[], run: RunContext): void;
  /** The same, allowed to use worker threads; used by asynchronous runs (seeding) when given. */
  finishAsync?(rows: Row[], run: RunContext): Promise<void>;
}

/**
 * Declares a table from its row type: each column names a field of the row, so a column
 * cannot silently go missing or be misspelt.
 */
export function defineTable<Row extends Record<keyof Row, Cell>>(
  table: string,
  columns: ReadonlyArray<readonly [keyof Row & string, string]>,
  finishing: Pick<TableDef<Row>, 'finish' | 'finishAsync'> = {},
): TableDef<Row> {
  const names = columns.map(([name]) => name);
  return {
    table,
    columns: columns.map(([name, type]) => ({ name, type })),
    cells: (row) => names.map((name) => row[name]),
    ...finishing,
  };
}

/** Collects the rows of a department's tables for one chunk, in the tables' order. */
export class TableSet {
  /** Typed rows, kept as they are until the chunk is drained (a table may finish them together). */
  private readonly rows = new Map<string, unknown[]>();

  constructor(
    private readonly defs: ReadonlyArray<TableDef<never>>,
    private readonly run: RunContext = { seedHash: 0 },
  ) {
    for (const def of defs) this.rows.set(def.table, []);
  }

  add<Row>(def: TableDef<Row>, row: Row): void {
    this.rows.get(def.table)!.push(row);
  }

  /** The chunk's tables, in the order that satisfies their foreign keys. */
  drain(): TableRows[] {
    return this.defs.map((def) => {
      const rows = this.take(def);
      def.finish?.(rows, this.run);
      return { table: def.table, columns: def.columns, rows: rows.map((row) => def.cells(row)) };
    });
  }

  /** As drain, finishing rows with worker threads where a table can. */
  async drainAsync(): Promise<TableRows[]> {
    const taken = this.defs.map((def) => ({ def, rows: this.take(def) }));
    await Promise.all(taken.map(({ def, rows }) => (def.finishAsync ? def.finishAsync(rows, this.run) : def.finish?.(rows, this.run))));
    return taken.map(({ def, rows }) => ({ table: def.table, columns: def.columns, rows: rows.map((row) => def.cells(row)) }));
  }

  private take(def: TableDef<never>): never[] {
    const rows = this.rows.get(def.table)! as never[];
    this.rows.set(def.table, []);
    return rows;
  }
}
