import fc from 'fast-check';
import { LICENCE_OID_ROOT, makeCreditCode, makeLicenceId } from '@hub/kit';
import { query, startELicense, type ELicenseTest, type GraphQLErrorShape } from './harness';

let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

const LICENCE = 'query ($id: String!) { licence(id: $id) { id status } }';
/** Well-formed codes to break on purpose; whether the library holds them does not matter here. */
const TYPE_CODE = `${makeCreditCode('11', '100000', '000000013')}001`;
const VALID_ID = makeLicenceId({ typeCode: TYPE_CODE, issuerCode: makeCreditCode('11', '370304', 'GA3703040'), serial: '370304000001', version: '001' });

function onlyBadInput(errors: GraphQLErrorShape[] | undefined): GraphQLErrorShape {
  expect(errors).toHaveLength(1);
  expect(errors![0]!.extensions?.code).toBe('BAD_USER_INPUT');
  return errors![0]!;
}

/** The same code with its last (check) character replaced by a wrong one. */
function withWrongCheck(id: string): string {
  const check = id.at(-1)!;
  return `${id.slice(0, -1)}${check === '0' ? '1' : '0'}`;
}

describe('licence(id) rejects bad identifiers, naming the field and the reason', () => {
  test.each([
    ['empty', ''],
    ['another OID root', VALID_ID.replace(LICENCE_OID_ROOT, '1.2.156.3005.1')],
    ['a short type code', VALID_ID.replace(TYPE_CODE, TYPE_CODE.slice(1))],
    ['no check character', VALID_ID.slice(0, -2)],
    ['a citizen ID number', '370304199001010999'],
    ['a 2-digit version', VALID_ID.replace('.001.', '.01.')],
  ])('malformed: %s', async (_, id) => {
    const { data, errors } = await query(sg, LICENCE, { id });
    const error = onlyBadInput(errors);
    expect(error.extensions).toMatchObject({ field: 'id', reason: expect.stringContaining('1.2.156.3005.2.<21-character type code>') });
    expect(error.message).toMatch(/^Invalid id: /);
    expect(data).toEqual({ licence: null });
  });

  test('a wrong check character (ISO/IEC 7064 MOD 37,36)', async () => {
    const { errors } = await query(sg, LICENCE, { id: withWrongCheck(VALID_ID) });
    expect(onlyBadInput(errors).extensions).toMatchObject({ field: 'id', reason: expect.stringContaining('check character does not match') });
  });
});

describe('licences(types:) rejects bad licence type codes', () => {
  const PERSON = `query ($types: [String!]) { _entities(representations: [{ __typename: "Person", idNumber: "370304199001010999" }]) {
    ... on Person { licences(types: $types) { id } } } }`;

  test.each([
    ['too short', TYPE_CODE.slice(0, 20), 'a licence type code is'],
    ['letters in the sequence', `${TYPE_CODE.slice(0, 18)}0A1`, 'a licence type code is'],
    ['a wrong check character in its credit code', `${withWrongCheck(TYPE_CODE.slice(0, 18))}001`, 'check character does not match'],
  ])('%s', async (_, code, reason) => {
    const { errors } = await query(sg, PERSON, { types: [TYPE_CODE, code] });
    expect(onlyBadInput(errors).extensions).toMatchObject({ field: 'types[1]', reason: expect.stringContaining(reason) });
  });
});

describe('property: no string crashes licence(id)', () => {
  /** Strings near a held licence's identifier are the interesting ones: one character changed, cut, or doubled. */
  const near = (held: string) =>
    fc
      .tuple(fc.nat({ max: held.length - 1 }), fc.constantFrom('.', '0', '9', 'A', 'Z', 'a', '', ' ', '中', '\u0000', '..'))
      .map(([at, ch]) => held.slice(0, at) + ch + held.slice(at + 1));

  test('every answer is data (a licence or null) or a BAD_USER_INPUT naming `id`', async () => {
    const held = (await sg.prisma.licence.findFirstOrThrow({ orderBy: { id: 'asc' } })).id;
    const seen = { licence: 0, null: 0, badInput: 0 };
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), near(held), fc.constant(held.toLowerCase())), async (id) => {
        const { status, data, errors } = await query<{ licence: unknown }>(sg, LICENCE, { id });
        expect(status).toBe(200);
        if (errors) {
          expect(onlyBadInput(errors).extensions?.field).toBe('id');
          expect(data).toEqual({ licence: null });
          seen.badInput++;
        } else {
          expect(data).toHaveProperty('licence');
          seen[data?.licence ? 'licence' : 'null']++;
        }
      }),
      { numRuns: 300 },
    );
    // The generator reached the interesting answers, not only rejections.
    expect(seen.licence).toBeGreaterThan(0);
    expect(seen.badInput).toBeGreaterThan(0);
  });
});
