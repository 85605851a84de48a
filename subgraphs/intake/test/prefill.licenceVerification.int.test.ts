import { department } from '../../../gateway/test/testHub';
import { CATALOGUE, LICENCE_TYPE } from '../src/catalogue';
import { people, startPrefillHarness, type PrefillHarness } from './prefillHarness';

/**
 * A material is met by an e-licence only if the library verifies it at the moment of the
 * prefill (seal, content, status, dates) — a licence whose record still says VALID but whose
 * data was changed behind its seal, or whose seal is not its issuer's, is not accepted.
 */
let h: PrefillHarness;
beforeAll(async () => {
  h = await startPrefillHarness();
}, 300_000);
afterAll(() => h?.hub.stop());

const PENSION = CATALOGUE.matters.find((m) => m.name === '城乡居民基本养老保险参保登记')!.code;
const library = () => department(h.hub, 'e-license').db;

async function idCardOf(idNumber: string): Promise<{ id: string; surfaceData: Record<string, string> }> {
  const [row] = await library().query<{ id: string; surfaceData: Record<string, string> }>(
    `SELECT id, "surfaceData" FROM "Licence" WHERE "holderCode" = $1 AND "typeCode" = $2 AND status = 'VALID' ORDER BY id DESC LIMIT 1`,
    [idNumber, LICENCE_TYPE.ID_CARD],
  );
  if (!row) throw new Error(`${idNumber} holds no ID card in force`);
  return row;
}

async function idCardMaterial(idNumber: string) {
  const form = await h.prefill({ idNumber }, { matterCode: PENSION });
  expect(form.gatewayErrors).toEqual([]);
  return form.materials.find((m) => m.code === 'id-card')!;
}

test('a licence that verifies meets the material; once its data is changed behind its seal it no longer does', async () => {
  const idNumber = people.restaurantOwner.idNumber;
  const card = await idCardOf(idNumber);
  expect(await idCardMaterial(idNumber)).toMatchObject({ status: 'SATISFIED_BY_LICENCE', licence: { id: card.id } });

  // Someone with write access to the library's database changes the address; the row still says VALID.
  await library().query(`UPDATE "Licence" SET "surfaceData" = $2 WHERE id = $1`, [card.id, { ...card.surfaceData, 住址: '山东省淄博市博山区某处' }]);
  const tampered = await idCardMaterial(idNumber);
  expect(tampered).toMatchObject({ status: 'TO_SUBMIT', licence: null, note: expect.stringContaining('核验结果 SURFACE_ALTERED') });
  const [{ status }] = (await library().query<{ status: string }>('SELECT status::text FROM "Licence" WHERE id = $1', [card.id])) as [{ status: string }];
  expect(status).toBe('VALID');

  await library().query(`UPDATE "Licence" SET "surfaceData" = $2 WHERE id = $1`, [card.id, card.surfaceData]);
  expect(await idCardMaterial(idNumber)).toMatchObject({ status: 'SATISFIED_BY_LICENCE', licence: { id: card.id } });
});

test('a licence whose seal is not its issuer’s does not meet the material', async () => {
  const idNumber = people.restaurantOwner.idNumber;
  const card = await idCardOf(idNumber);
  const [{ sealSignature }] = (await library().query<{ sealSignature: string }>('SELECT "sealSignature" FROM "Licence" WHERE id = $1', [card.id])) as [{ sealSignature: string }];
  await library().query(`UPDATE "Licence" SET "sealSignature" = $2 WHERE id = $1`, [card.id, '3006020101020101']);
  expect(await idCardMaterial(idNumber)).toMatchObject({ status: 'TO_SUBMIT', note: expect.stringContaining('核验结果 SIGNATURE_INVALID') });
  await library().query(`UPDATE "Licence" SET "sealSignature" = $2 WHERE id = $1`, [card.id, sealSignature]);
});
