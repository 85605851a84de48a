import { addAffine, GX, GY, INFINITY, normalise, type Affine, type Jacobian } from './curve';

/**
 * Fixed-base comb tables: for a point Q and a window of w bits, window i holds
 * j·2^(w·i)·Q for j = 1 … 2^w − 1, so k·Q is one table entry per window added up — no
 * doublings. The generator gets w = 8 (32 additions, ~8 k points, built once per process),
 * and for signing in bulk w = 12 (22 additions, ~90 k points, ~13 MB, built on the first
 * bulk signature, half a second); an issuer's public key w = 7 (37 additions, ~4.7 k points, built on first use and kept
 * for the most recent keys), which makes verification a few times faster than Node's own
 * generic-curve OpenSSL code.
 */
export interface CombTable {
  readonly bits: number;
  readonly windows: readonly (readonly Affine[])[];
}

export function buildComb(base: Affine, bits: number): CombTable {
  const size = 1 << bits;
  const windows: Affine[][] = [];
  let current = base;
  for (let i = 0; i * bits < 256; i++) {
    const multiples: Jacobian[] = [[current.x, current.y, 1n]];
    for (let j = 2; j < size; j++) multiples.push(addAffine(multiples[j - 2]!, current.x, current.y));
    // 2^w · current is the next window's base: (2^w − 1)·current + current.
    multiples.push(addAffine(multiples[size - 2]!, current.x, current.y));
    const affine = normalise(multiples);
    current = affine.pop()!;
    windows.push(affine);
  }
  return { bits, windows };
}

/** Adds k·Q (Q being the table's point) to `acc`; k in [0, 2^256). */
export function combAdd(acc: Jacobian, table: CombTable, k: bigint): Jacobian {
  const mask = BigInt((1 << table.bits) - 1);
  const shift = BigInt(table.bits);
  let point = acc;
  let rest = k;
  for (let i = 0; rest > 0n; i++) {
    const j = Number(rest & mask);
    rest >>= shift;
    if (j === 0) continue;
    const entry = table.windows[i]![j - 1]!;
    point = addAffine(point, entry.x, entry.y);
  }
  return point;
}

let generatorTable: CombTable | undefined;

/** k·G. */
export function multiplyG(k: bigint): Jacobian {
  generatorTable ??= buildComb({ x: GX, y: GY }, 8);
  return combAdd(INFINITY, generatorTable, k);
}

const KEY_TABLES_KEPT = 48;
const keyTables = new Map<string, CombTable>();

/** The comb table of a public key, kept for the most recently used keys (a Map keeps insertion order). */
export function keyTable(point: Affine): CombTable {
  const id = `${point.x.toString(16)}:${point.y.toString(16)}`;
  let table = keyTables.get(id);
  if (table) {
    keyTables.delete(id);
  } else {
    table = buildComb(point, 7);
    if (keyTables.size >= KEY_TABLES_KEPT) keyTables.delete(keyTables.keys().next().value as string);
  }
  keyTables.set(id, table);
  return table;
}

let bulkGeneratorTable: CombTable | undefined;

/** k·G with the larger table: for processes that sign thousands of licences (the demo and scale data). */
export function multiplyGInBulk(k: bigint): Jacobian {
  bulkGeneratorTable ??= buildComb({ x: GX, y: GY }, 12);
  return combAdd(INFINITY, bulkGeneratorTable, k);
}

/** s·G + t·Q, one accumulator over both tables. */
export function multiplyGAndKey(s: bigint, t: bigint, key: Affine): Jacobian {
  generatorTable ??= buildComb({ x: GX, y: GY }, 8);
  return combAdd(combAdd(INFINITY, generatorTable, s), keyTable(key), t);
}
