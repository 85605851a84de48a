/**
 * The table each department keeps its data-access log in (created by the department's
 * `…_data_access_log` migration; one table per department database, never shared).
 */
export const DATA_ACCESS_TABLE = '"DataAccessRecord"';

/** Columns in insert order; the verifier selects the same ones. */
export const DATA_ACCESS_COLUMNS = [
  'seq', 'at', 'subjectIdNumber', 'items', 'callerId', 'callerRole', 'callerName', 'callerCentre',
  'callerDivision', 'callerDepartment', 'purposeMatter', 'purposeCase', 'traceId', 'prevHash', 'hash',
] as const;

/** A stored row as the drivers return it: node-postgres gives BIGINT as text, PGlite as a number. */
export interface DataAccessRow {
  seq: string | number;
  at: Date;
  subjectIdNumber: string;
  items: string[];
  callerId: string;
  callerRole: string;
  callerName: string | null;
  callerCentre: string | null;
  callerDivision: string | null;
  callerDepartment: string | null;
  purposeMatter: string | null;
  purposeCase: string | null;
  traceId: string;
  prevHash: string;
  hash: string;
}

/** SELECT list for DataAccessRow. */
export const DATA_ACCESS_SELECT = DATA_ACCESS_COLUMNS.map((c) => `"${c}"`).join(', ');
