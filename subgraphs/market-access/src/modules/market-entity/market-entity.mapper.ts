/**
 * Registered capital is a BIGINT column; GraphQL's Fen scalar is a safe integer (±2^53−1 fen,
 * about 90 trillion yuan). Converting past that range would silently lose precision, so refuse.
 */
export function fenFromBigInt(value: bigint, what: string): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new Error(`${what} (${value} fen) is beyond the range the Fen scalar can carry exactly`);
  }
  return Number(value);
}
