import { makeLicenceId } from '@hub/kit';
import {
  addLicenceLike, expectedLicence, expectedType, LICENCE_FIELDS, licenceRows, query, startELicense, statusesNow, TYPE_FIELDS, type ELicenseTest,
} from './harness';

let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

type Licences = { _entities: Array<Record<string, unknown> | null> };
const LICENCE = `query ($id: String!) { licence(id: $id) { ${LICENCE_FIELDS} } }`;

describe('Licence @key(fields: "id")', () => {
  test('_entities returns each licence as the library holds it, and null for an unknown one', async () => {
    const all = await licenceRows(sg, {});
    const rows = all.filter((_, i) => i % Math.ceil(all.length / 60) === 0);
    expect(new Set(rows.map((r) => r.holderCodeType))).toEqual(new Set(['CITIZEN_ID', 'CREDIT_CODE']));
    const unknown = makeLicenceId({ typeCode: rows[0]!.typeCode, issuerCode: rows[0]!.issuerCode, serial: 'NOSUCHSERIAL', version: '001' });
    const representations = [...rows.map((r) => ({ __typename: 'Licence', id: r.id })), { __typename: 'Licence', id: unknown }];
    const { data, errors } = await query<Licences>(
      sg,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { ${LICENCE_FIELDS} } } }`,
      { r: representations },
    );
    expect(errors).toBeUndefined();
    const status = await statusesNow(sg);
    expect(data?._entities).toEqual([...rows.map((r) => expectedLicence(r, status.get(r.id)!)), null]);
  });
});

describe('root fields', () => {
  test('licence(id) answers a person’s and an entity’s licence as held, and null for an unknown identifier', async () => {
    const status = await statusesNow(sg);
    for (const holderCodeType of ['CITIZEN_ID', 'CREDIT_CODE'] as const) {
      const [row] = await licenceRows(sg, { holderCodeType });
      const { data, errors } = await query<{ licence: unknown }>(sg, LICENCE, { id: row!.id });
      expect(errors).toBeUndefined();
      expect(data?.licence).toEqual(expectedLicence(row!, status.get(row!.id)!));
    }
    const [any] = await licenceRows(sg, {});
    const unknown = makeLicenceId({ typeCode: any!.typeCode, issuerCode: any!.issuerCode, serial: '0', version: '999' });
    expect(await query(sg, LICENCE, { id: unknown })).toMatchObject({ data: { licence: null }, errors: undefined });
  });

  test('a licence past its end date reports EXPIRED although its row still says VALID', async () => {
    const added = await addLicenceLike(sg, 'PASTITSENDDATE', {
      status: 'VALID', issuedOn: new Date('2010-03-01'), validFrom: new Date('2010-03-01'), validUntil: new Date('2020-02-29'),
    });
    const { data } = await query<{ licence: { status: string; validUntil: string } }>(sg, `query ($id: String!) { licence(id: $id) { status validUntil } }`, { id: added.id });
    expect(data?.licence).toEqual({ status: 'EXPIRED', validUntil: '2020-02-29' });
    expect((await sg.prisma.licence.findUniqueOrThrow({ where: { id: added.id } })).status).toBe('VALID');
  });

  test('a revoked, cancelled, withdrawn or expired licence reports the status recorded', async () => {
    const rows = await sg.db.query<{ id: string; status: string }>(
      `SELECT DISTINCT ON (status) id, status::text FROM "Licence" WHERE status <> 'VALID' ORDER BY status, id`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(2);
    for (const row of rows) {
      const { data } = await query<{ licence: { status: string } }>(sg, `query ($id: String!) { licence(id: $id) { status } }`, { id: row.id });
      expect(data?.licence.status).toBe(row.status);
    }
  });

  test('licenceTypes is the catalogue held, by code', async () => {
    const rows = await sg.prisma.licenceType.findMany({ orderBy: { code: 'asc' } });
    const { data, errors } = await query<{ licenceTypes: unknown[] }>(sg, `{ licenceTypes { ${TYPE_FIELDS} } }`);
    expect(errors).toBeUndefined();
    expect(rows.length).toBeGreaterThan(0);
    expect(data?.licenceTypes).toEqual(rows.map(expectedType));
  });
});
