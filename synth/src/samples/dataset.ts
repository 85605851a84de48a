import { DEPARTMENTS } from '../departments/department';
import type { Cell, TableRows } from '../departments/tables';
import { type GenerateOptions, generateDepartment } from '../generate';

/** A generated row as an object keyed by column name (for reading, not for inserting). */
export type Row = Record<string, Cell>;

/**
 * All four departments' rows of one (seed, persons), as objects, with the lookups the
 * showcase needs. Only meant for demo-sized populations: it holds everything in memory.
 */
export class Dataset {
  private readonly tables = new Map<string, Row[]>();

  constructor(options: GenerateOptions) {
    for (const name of DEPARTMENTS) this.load(generateDepartment(name, options));
  }

  private load(tables: TableRows[]): void {
    for (const { table, columns, rows } of tables) {
      this.tables.set(table, rows.map((cells) => Object.fromEntries(columns.map((c, i) => [c.name, cells[i] ?? null]))));
    }
  }

  rows(table: string): Row[] {
    const rows = this.tables.get(table);
    if (!rows) throw new Error(`no table ${table} was generated`);
    return rows;
  }

  /** Rows of `table` grouped by the text value of `column`. */
  groupBy(table: string, column: string): Map<string, Row[]> {
    const groups = new Map<string, Row[]>();
    for (const row of this.rows(table)) {
      const key = String(row[column]);
      const group = groups.get(key);
      if (group) group.push(row);
      else groups.set(key, [row]);
    }
    return groups;
  }
}

export const text = (row: Row, column: string): string => {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`column ${column} is not text`);
  return value;
};
