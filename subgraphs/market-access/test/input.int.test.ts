import fc from 'fast-check';
import { CREDIT_CODE_ALPHABET, creditCodeProblem } from '@hub/kit';
import { startMarketAccess, type MarketAccessTest } from './harness';

let sg: MarketAccessTest;
/** Every registered credit code, and the first 20 of them to mutate. */
let isRegistered: Set<string>;
let registered: string[];
beforeAll(async () => {
  sg = await startMarketAccess();
  const rows = await sg.prisma.marketEntity.findMany({ select: { creditCode: true }, orderBy: { creditCode: 'asc' } });
  isRegistered = new Set(rows.map((e) => e.creditCode));
  registered = rows.slice(0, 20).map((e) => e.creditCode);
}, 120_000);
afterAll(() => sg?.stop());

type Answer = { marketEntity?: { creditCode: string } | null; marketEntities?: Array<{ creditCode: string }> };
const ONE = 'query($c: String!) { marketEntity(creditCode: $c) { creditCode } }';
const MANY = 'query($c: [String!]!) { marketEntities(creditCodes: $c) { creditCode } }';

/** A registered code with its check character replaced by another character of the alphabet. */
function withWrongCheck(code: string, shift = 1): string {
  const check = CREDIT_CODE_ALPHABET.indexOf(code[17]!);
  return code.slice(0, 17) + CREDIT_CODE_ALPHABET[(check + shift) % CREDIT_CODE_ALPHABET.length];
}

describe('market access: credit codes are checked at the boundary', () => {
  it.each([
    ['too short', '91370304MA0000', 'must be 18 characters'],
    ['a letter GB 32100 excludes', '91370304MA000000IZ', 'must be 18 characters'],
  ])('rejects a code that is %s with BAD_USER_INPUT', async (_, code, reason) => {
    const { body } = await sg.query<Answer>(ONE, { c: code });
    expect(body.data?.marketEntity ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
    expect(body.errors?.[0]?.extensions?.reason).toContain(reason);
  });

  it('rejects a wrong check character, naming the field and GB 32100', async () => {
    const { body } = await sg.query<Answer>(ONE, { c: withWrongCheck(registered[0]!) });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode', reason: 'check character does not match (GB 32100)' });
  });

  it('names the offending element of a batch', async () => {
    const codes = [registered[0]!, registered[1]!, registered[2]!, withWrongCheck(registered[3]!, 7)];
    const { body } = await sg.query<Answer>(MANY, { c: codes });
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCodes[3]' });
    expect(body.errors?.[0]?.message).toContain('creditCodes[3]');
  });

  it('refuses a batch larger than 500', async () => {
    const { body } = await sg.query<Answer>(MANY, { c: Array.from({ length: 501 }, (_, i) => registered[i % registered.length]) });
    expect(body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCodes' });
  });
});

describe('market access: any string gets data or BAD_USER_INPUT, never a crash', () => {
  const nearCode = fc.string({ unit: fc.constantFrom(...`${CREDIT_CODE_ALPHABET}IOSVZabc -`), minLength: 16, maxLength: 20 });
  const mutatedRegistered = fc.tuple(fc.nat(19), fc.nat(17), fc.nat(30), fc.boolean()).map(([n, pos, ch, lower]) => {
    const code = registered[n]!;
    const changed = code.slice(0, pos) + CREDIT_CODE_ALPHABET[ch] + code.slice(pos + 1);
    return lower ? ` ${changed.toLowerCase()} ` : changed;
  });
  const anyInput = fc.oneof(fc.string({ unit: 'binary' }), fc.string(), nearCode, mutatedRegistered);

  it('marketEntity(creditCode)', async () => {
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const { status, body } = await sg.query<Answer>(ONE, { c: input });
        expect(status).toBe(200);
        const normalised = input.trim().toUpperCase();
        if (creditCodeProblem(normalised) === null) {
          expect(body.errors).toBeUndefined();
          expect(body.data!.marketEntity).toEqual(isRegistered.has(normalised) ? { creditCode: normalised } : null);
        } else {
          expect(body.errors).toHaveLength(1);
          expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'creditCode' });
        }
      }),
      { numRuns: 300 },
    );
  });

  it('marketEntities(creditCodes) names the first bad element', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(anyInput, { maxLength: 8 }), async (inputs) => {
        const { status, body } = await sg.query<Answer>(MANY, { c: inputs });
        expect(status).toBe(200);
        const firstBad = inputs.findIndex((input) => creditCodeProblem(input.trim().toUpperCase()) !== null);
        if (firstBad < 0) {
          expect(body.errors).toBeUndefined();
          const wanted = inputs.map((i) => i.trim().toUpperCase()).filter((c) => isRegistered.has(c));
          expect(body.data!.marketEntities!.map((e) => e.creditCode)).toEqual(wanted);
        } else {
          expect(body.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: `creditCodes[${firstBad}]` });
        }
      }),
      { numRuns: 150 },
    );
  });
});
