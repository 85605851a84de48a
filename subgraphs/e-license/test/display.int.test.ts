import { maskAddress, maskIdNumber, maskName, TEST_CLERK } from '@hub/kit';
import { LICENCE_CODE_PREFIX } from '../src/modules/display/licenceCode';
import { addSealedLicence, citizen, query, queryAs, startELicense, validPersonLicence, type ELicenseTest } from './harness';

/** 亮证: a licence shown with identifying data partly hidden, and a code anyone can verify. */
let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

const ID_CARD = '11100000000000013W001';
const DISPLAY = `query ($id: String!) { licence(id: $id) { display { licenceId name number holderName holderCode issuerName status items { key label valueType value } code } } }`;
const VERIFY_CODE = `query ($c: String!) { verifyLicenceCode(code: $c) { result valid reason status display { licenceId holderName items { key value } } } }`;

interface Display {
  licenceId: string;
  number: string;
  holderName: string;
  holderCode: string;
  items: Array<{ key: string; valueType: string; value: string }>;
  code: string;
}

async function displayOf(id: string, idNumber: string): Promise<Display> {
  const { data, errors } = await queryAs<{ licence: { display: Display } }>(sg, citizen(idNumber), DISPLAY, { id });
  expect(errors).toBeUndefined();
  return data!.licence.display;
}

test('an ID card is shown with its number, name and address partly hidden', async () => {
  const row = await validPersonLicence(sg, ID_CARD);
  const surface = row.surfaceData as Record<string, string>;
  const display = await displayOf(row.id, row.holderCode);
  expect(display).toMatchObject({ licenceId: row.id.replace(row.holderCode, maskIdNumber(row.holderCode)), number: maskIdNumber(row.number), holderName: maskName(row.holderName), holderCode: maskIdNumber(row.holderCode) });
  const value = (key: string) => display.items.find((i) => i.key === key)?.value;
  expect(value('公民身份号码')).toBe(maskIdNumber(surface['公民身份号码']!));
  expect(value('公民身份号码')).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  expect(value('姓名')).toBe(maskName(surface['姓名']!));
  expect(value('住址')).toBe(maskAddress(surface['住址']!));
  expect(value('住址')).not.toBe(surface['住址']);
  expect(value('签发机关')).toBe(surface['签发机关']);
  expect(JSON.stringify(display)).not.toContain(row.holderCode);
});

test('the code fits a QR code and verifies VALID for anyone, answering only the masked view', async () => {
  const row = await validPersonLicence(sg, ID_CARD);
  const { code } = await displayOf(row.id, row.holderCode);
  expect(code.startsWith(LICENCE_CODE_PREFIX)).toBe(true);
  expect(code.length).toBeLessThan(600);
  const { data, errors } = await queryAs<{ verifyLicenceCode: { result: string; status: string; display: { licenceId: string; holderName: string } } }>(sg, TEST_CLERK, VERIFY_CODE, { c: code });
  expect(errors).toBeUndefined();
  expect(data!.verifyLicenceCode).toMatchObject({ result: 'VALID', status: 'VALID', display: { licenceId: row.id.replace(row.holderCode, maskIdNumber(row.holderCode)), holderName: maskName(row.holderName) } });
  expect(Buffer.from(code.slice(LICENCE_CODE_PREFIX.length), 'base64url').toString('utf8')).not.toContain(row.holderCode);
  expect(JSON.stringify(data)).not.toContain(row.holderCode);
});

test('a code whose seal was tampered with, or whose licence was revoked since, does not verify', async () => {
  const row = await addSealedLicence(sg, 'SHOWNTHENREVOKED', {}, undefined, await validPersonLicence(sg, ID_CARD));
  const { code } = await displayOf(row.id, row.holderCode);
  const payload = JSON.parse(Buffer.from(code.slice(LICENCE_CODE_PREFIX.length), 'base64url').toString('utf8')) as { seal: Record<string, string> };
  const tampered = `${LICENCE_CODE_PREFIX}${Buffer.from(JSON.stringify({ seal: { ...payload.seal, signedAt: '2001-01-01T00:00:00.000Z' } })).toString('base64url')}`;
  const forged = await query<{ verifyLicenceCode: { result: string; display: unknown } }>(sg, VERIFY_CODE, { c: tampered });
  expect(forged.data?.verifyLicenceCode).toMatchObject({ result: 'SIGNATURE_INVALID', display: null });
  const unknown = `${LICENCE_CODE_PREFIX}${Buffer.from(JSON.stringify({ seal: { ...payload.seal, contentDigest: '0'.repeat(64) } })).toString('base64url')}`;
  expect((await query<{ verifyLicenceCode: { result: string } }>(sg, VERIFY_CODE, { c: unknown })).data?.verifyLicenceCode.result).toBe('UNKNOWN_LICENCE');
  await query(sg, 'mutation ($id: String!) { revokeLicence(id: $id, reason: "证件作废") { status } }', { id: row.id });
  expect((await query<{ verifyLicenceCode: { result: string } }>(sg, VERIFY_CODE, { c: code })).data?.verifyLicenceCode.result).toBe('REVOKED');
});

test.each([
  ['no prefix', 'hello'],
  ['not base64url', `${LICENCE_CODE_PREFIX}%%%`],
  ['not JSON', `${LICENCE_CODE_PREFIX}${Buffer.from('{').toString('base64url')}`],
  ['the wrong shape', `${LICENCE_CODE_PREFIX}${Buffer.from('{"id":1}').toString('base64url')}`],
  ['a seal of the wrong shape', `${LICENCE_CODE_PREFIX}${Buffer.from('{"seal":{"algorithm":"RSA"}}').toString('base64url')}`],
  ['too long', `${LICENCE_CODE_PREFIX}${'A'.repeat(2000)}`],
])('a code with %s is BAD_USER_INPUT', async (_, code) => {
  const { data, errors } = await query(sg, VERIFY_CODE, { c: code });
  expect(data).toBeNull();
  expect(errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
});
