import { fenFromBigInt } from '../src/modules/market-entity/market-entity.mapper';

describe('registered capital: BIGINT fen to the Fen scalar', () => {
  it('passes every safe integer through exactly', () => {
    expect(fenFromBigInt(0n, 'capital')).toBe(0);
    expect(fenFromBigInt(12_345_678_901_234n, 'capital')).toBe(12_345_678_901_234);
    expect(fenFromBigInt(BigInt(Number.MAX_SAFE_INTEGER), 'capital')).toBe(Number.MAX_SAFE_INTEGER);
  });

  it('refuses a value it could not carry exactly, rather than rounding it', () => {
    expect(() => fenFromBigInt(BigInt(Number.MAX_SAFE_INTEGER) + 1n, 'capital of X')).toThrow(/capital of X .* beyond the range/);
    expect(() => fenFromBigInt(BigInt(Number.MIN_SAFE_INTEGER) - 1n, 'capital of X')).toThrow(/beyond the range/);
  });
});
