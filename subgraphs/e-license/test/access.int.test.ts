import { DATA_ACCESS_SELECT, TEST_CLERK, testPurpose, type DataAccessRow } from '@hub/kit';
import { startELicense, type ELicenseTest } from './harness';

/**
 * A licence read by its identifier is a read of its holder's data when the holder is a
 * person (the library's subject rule), under the item names used from the person; a
 * market entity's licence is not personal data and leaves no record.
 */
let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

/** Records the library wrote while `work` ran. */
async function recordsDuring(work: () => Promise<unknown>): Promise<DataAccessRow[]> {
  const [{ last }] = (await sg.db.query<{ last: string }>('SELECT coalesce(max("seq"), 0)::text AS last FROM "DataAccessRecord"')) as [{ last: string }];
  await work();
  return sg.db.query<DataAccessRow>(`SELECT ${DATA_ACCESS_SELECT} FROM "DataAccessRecord" WHERE "seq" > $1 ORDER BY "seq"`, [last]);
}

const LICENCE = 'query($id: String!) { licence(id: $id) { id number holderName status holder { idNumber } } }';

it('records a person’s licence read by its identifier as a read of the holder’s licences', async () => {
  const row = await sg.prisma.licence.findFirstOrThrow({ where: { holderCodeType: 'CITIZEN_ID' }, orderBy: { id: 'asc' } });
  // A clerk with a case of the holder whose matter declares the holder's licences.
  const purpose = await testPurpose({ subjects: [row.holderCode], paths: ['person.licences'] });
  const records = await recordsDuring(async () => expect((await sg.query(LICENCE, { id: row.id }, { caller: TEST_CLERK, purpose })).body.errors).toBeUndefined());
  expect(records).toEqual([expect.objectContaining({
    subjectIdNumber: row.holderCode,
    items: ['licences.holder.idNumber', 'licences.holderName', 'licences.number', 'licences.status'],
    callerRole: 'CLERK',
  })]);
});

it('leaves no record for a market entity’s licence', async () => {
  const row = await sg.prisma.licence.findFirstOrThrow({ where: { holderCodeType: 'CREDIT_CODE' }, orderBy: { id: 'asc' } });
  const records = await recordsDuring(async () => expect((await sg.query(LICENCE, { id: row.id })).body.errors).toBeUndefined());
  expect(records).toEqual([]);
});
