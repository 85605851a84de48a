import { makeCitizenId, makeCreditCode, TEST_CLERK, TEST_SYSTEM, testPurpose } from '@hub/kit';
import { addSealedLicence, approver, departmentSystem, queryAs, startELicense, type ELicenseTest, type GraphQLErrorShape } from './harness';

/**
 * The issuing API of the case flow (issue, renew, revoke, expire): who may, what is checked,
 * what is sealed and what the history keeps.
 */
let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

const FOOD = '11100000000000027A002';
const INDUSTRY = '11100000000000001M001';
const ID_CARD = '11100000000000013W001';
/** 淄博市博山区行政审批服务局, as the synthetic world codes it: its key is published and the library holds it. */
const APPROVAL_BUREAU = { issuerCode: makeCreditCode('11', '370304', '003370304'), issuerName: '淄博市博山区行政审批服务局' };
const MARKET = approver('market-access');

const ISSUE = `mutation ($input: IssueLicenceInput!) { issueLicence(input: $input) {
  id version typeCode status issuedOn validFrom validUntil seal { keyId issuerCode signedAt contentDigest signature } replaces } }`;
const LICENCE = `query ($id: String!) { licence(id: $id) { id status supersededBy surfaceData verification { result reason }
  history { kind status reason caseId relatedLicenceId actorId actorRole actorDepartment } display { items { key value } } } }`;

interface Issued {
  id: string;
  version: string;
  status: string;
  validUntil: string | null;
  seal: { keyId: string; issuerCode: string };
  replaces: string | null;
}

let entitySerial = 0;
function foodLicence(overrides: Record<string, unknown> = {}) {
  const creditCode = makeCreditCode('92', '370304', `MA${String(9000000 + ++entitySerial)}`);
  const number = `JY2370304${String(900000 + entitySerial)}1`;
  return {
    typeCode: FOOD, caseId: `CASE-FOOD-${entitySerial}`, holderCode: creditCode, holderName: `博山区测试小吃店${entitySerial}`, ...APPROVAL_BUREAU, number,
    validUntil: '2031-11-30', jurisdiction: '370304',
    surfaceData: {
      经营者名称: `博山区测试小吃店${entitySerial}`, 社会信用代码: creditCode, 法定代表人: '王秀英', 经营场所: '山东省淄博市博山区城东街道峨眉山路12号', 主体业态: '餐饮服务经营者',
      经营项目: '热食类食品制售', 许可证编号: number, 有效期至: '2031年11月30日', 发证机关: APPROVAL_BUREAU.issuerName,
    },
    ...overrides,
  };
}

async function issue(input: Record<string, unknown>, caller = MARKET, purpose = null as Awaited<ReturnType<typeof testPurpose>> | null) {
  return queryAs<{ issueLicence: Issued }>(sg, caller, ISSUE, { input }, purpose);
}

async function read(id: string) {
  const { data, errors } = await queryAs<{ licence: Record<string, unknown> & { history: Array<Record<string, unknown>> } }>(sg, TEST_SYSTEM, LICENCE, { id });
  expect(errors).toBeUndefined();
  return data!.licence;
}

const codeOf = (errors: GraphQLErrorShape[] | undefined) => errors?.[0]?.extensions;

describe('issueLicence', () => {
  test('an approver of the issuing department issues a sealed licence carrying the case, and it verifies', async () => {
    const input = foodLicence();
    const { data, errors } = await issue(input);
    expect(errors).toBeUndefined();
    const issued = data!.issueLicence;
    expect(issued).toMatchObject({ version: '001', status: 'VALID', validUntil: '2031-11-30', replaces: null, seal: { issuerCode: APPROVAL_BUREAU.issuerCode } });
    expect(issued.id).toMatch(new RegExp(`^1\\.2\\.156\\.3005\\.2\\.${FOOD}\\.${APPROVAL_BUREAU.issuerCode}\\.JY2370304\\d+\\.001\\.[0-9A-Z]$`));
    const licence = await read(issued.id);
    expect(licence).toMatchObject({ status: 'VALID', surfaceData: input.surfaceData, verification: { result: 'VALID' } });
    expect(licence.history).toEqual([{
      kind: 'ISSUED', status: 'VALID', reason: null, caseId: input.caseId, relatedLicenceId: null, actorId: MARKET.id, actorRole: 'APPROVER', actorDepartment: 'market-access',
    }]);
    // The issuer's key, as seeded, is the one that sealed it.
    const keys = await queryAs<{ licenceIssuerKeys: Array<{ keyId: string; publicKeyPem: string }> }>(sg, TEST_CLERK, 'query ($c: String) { licenceIssuerKeys(issuerCode: $c) { keyId publicKeyPem } }', { c: APPROVAL_BUREAU.issuerCode });
    expect(keys.data?.licenceIssuerKeys).toEqual([{ keyId: issued.seal.keyId, publicKeyPem: expect.stringContaining('BEGIN PUBLIC KEY') }]);
  });

  test('an industry comprehensive licence (一证制) carries the permits of the business in one document', async () => {
    const base = foodLicence();
    const creditCode = base.holderCode as string;
    const number = `ZH3703042026${String(entitySerial).padStart(6, '0')}`;
    const input = {
      ...base, typeCode: INDUSTRY, number,
      surfaceData: {
        市场主体名称: base.holderName, 社会信用代码: creditCode, 法定代表人: '王秀英', 经营场所: '山东省淄博市博山区城东街道峨眉山路12号', 行业类别: '餐饮服务（开办餐馆）',
        许可证编号: number, 有效期至: '2031年11月30日', 发证机关: APPROVAL_BUREAU.issuerName,
      },
      permits: [{ name: '食品经营许可', number: base.number, validUntil: '2031年11月30日' }, { name: '公共场所卫生许可' }],
    };
    const { data, errors } = await issue(input);
    expect(errors).toBeUndefined();
    const licence = await read(data!.issueLicence.id);
    expect((licence.surfaceData as Record<string, unknown>)['许可事项']).toEqual([
      { 名称: '食品经营许可', 编号: base.number, 有效期至: '2031年11月30日' },
      { 名称: '公共场所卫生许可', 编号: '', 有效期至: '' },
    ]);
    expect(licence.verification).toMatchObject({ result: 'VALID' });
    expect((licence.display as { items: Array<{ key: string; value: string }> }).items).toContainEqual({ key: '许可事项', value: `食品经营许可 ${base.number}（有效期至2031年11月30日）；公共场所卫生许可` });
    const missing = await issue({ ...input, holderCode: makeCreditCode('92', '370304', 'MA9999998'), permits: null });
    expect(codeOf(missing.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.permits' });
  });

  test.each([
    ['an approver of another department', approver('social-security'), 'NOT_ISSUING_DEPARTMENT'],
    ['a clerk', TEST_CLERK, 'NOT_ISSUING_DEPARTMENT'],
    ['a department system without the grant', departmentSystem(['market-access:*']), 'NOT_ISSUING_DEPARTMENT'],
  ])('%s may not issue', async (_, caller, reason) => {
    const { data, errors } = await issue(foodLicence(), caller);
    expect(data).toBeNull();
    expect(codeOf(errors)).toMatchObject({ code: 'FORBIDDEN', reason });
  });

  test('an ID card is issued only by a department system granted e-license:issue, not by any approver', async () => {
    const idNumber = makeCitizenId('370304', new Date(Date.UTC(2010, 4, 6)), 17);
    const issuer = { issuerCode: makeCreditCode('11', '370304', '001370304'), issuerName: '淄博市公安局博山分局' };
    const input = {
      typeCode: ID_CARD, caseId: 'CASE-ID-1', holderCode: idNumber, holderName: '李小明', ...issuer, number: idNumber, validUntil: '2036-05-06', jurisdiction: '370304',
      surfaceData: { 姓名: '李小明', 性别: '男', 民族: '汉', 出生: '2010年5月6日', 住址: '山东省淄博市博山区城东街道峨眉山路3号', 公民身份号码: idNumber, 签发机关: issuer.issuerName, 有效期限: '2026.05.06-2036.05.06' },
    };
    expect(codeOf((await issue(input, approver('civil-affairs'))).errors)).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ISSUING_DEPARTMENT' });
    const { errors } = await issue(input, departmentSystem(['e-license:issue']));
    expect(errors).toBeUndefined();
  });

  test('a purpose grant of another case is refused', async () => {
    const input = foodLicence();
    const purpose = await testPurpose({ subjects: [input.holderCode as string], paths: ['*'], id: 'CASE-OTHER', departments: ['market-access'] });
    expect(codeOf((await issue(input, MARKET, purpose)).errors)).toMatchObject({ code: 'FORBIDDEN', reason: 'CASE_MISMATCH' });
    const same = await testPurpose({ subjects: [input.holderCode as string], paths: ['*'], id: input.caseId as string, departments: ['market-access'] });
    expect((await issue(input, MARKET, same)).errors).toBeUndefined();
  });

  test.each([
    ['a missing surface item', (i: Record<string, unknown>) => ({ ...i, surfaceData: { ...(i.surfaceData as object), 经营项目: undefined } }), 'input.surfaceData.经营项目'],
    ['an item the type does not have', (i: Record<string, unknown>) => ({ ...i, surfaceData: { ...(i.surfaceData as object), 星级: '五星' } }), 'input.surfaceData'],
    ['a credit code with a wrong check character', (i: Record<string, unknown>) => ({ ...i, holderCode: `${(i.holderCode as string).slice(0, 17)}0` }), 'input.holderCode'],
    ['an unknown type', (i: Record<string, unknown>) => ({ ...i, typeCode: '11100000000000027A009' }), 'input.typeCode'],
    ['a malformed type code', (i: Record<string, unknown>) => ({ ...i, typeCode: 'FOOD' }), 'input.typeCode'],
    ['a bad case number', (i: Record<string, unknown>) => ({ ...i, caseId: 'case 1' }), 'input.caseId'],
    ['a validity that ends before it starts', (i: Record<string, unknown>) => ({ ...i, validFrom: '2030-01-01', validUntil: '2029-01-01' }), 'input.validUntil'],
  ])('%s is BAD_USER_INPUT naming the field', async (_, change, field) => {
    const { errors } = await issue(change(foodLicence()));
    expect(codeOf(errors)).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });

  test('a licence is issued once: the same identifier again is refused', async () => {
    const input = foodLicence();
    expect((await issue(input)).errors).toBeUndefined();
    expect(codeOf((await issue({ ...input, caseId: 'CASE-AGAIN' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.serial' });
  });
});

describe('renewLicence, revokeLicence, expireLicences', () => {
  const RENEW = 'mutation ($id: String!, $input: RenewLicenceInput!) { renewLicence(id: $id, input: $input) { id version replaces validUntil } }';
  const REVOKE = 'mutation ($id: String!, $e: LicenceEnding!) { revokeLicence(id: $id, reason: "吊销许可证行政处罚决定", ending: $e, caseId: "CF-2026-7") { id status reason } }';

  test('a renewal is the next version, sealed anew; the old version points to it and verifies SUPERSEDED', async () => {
    const input = foodLicence();
    const first = (await issue(input)).data!.issueLicence;
    const { data, errors } = await queryAs<{ renewLicence: Issued }>(sg, MARKET, RENEW, {
      id: first.id, input: { caseId: 'CASE-RENEW-1', validUntil: '2036-11-30', surfaceChanges: { 有效期至: '2036年11月30日' } },
    });
    expect(errors).toBeUndefined();
    const renewed = data!.renewLicence;
    expect(renewed).toMatchObject({ version: '002', replaces: first.id, validUntil: '2036-11-30' });
    expect(renewed.id.slice(0, -6)).toBe(first.id.slice(0, -6));
    const [oldOne, newOne] = [await read(first.id), await read(renewed.id)];
    expect(oldOne).toMatchObject({ status: 'CANCELLED', supersededBy: renewed.id, verification: { result: 'SUPERSEDED' } });
    expect(oldOne.history.map((e) => [e.kind, e.relatedLicenceId])).toEqual([['ISSUED', null], ['SUPERSEDED', renewed.id]]);
    expect(newOne).toMatchObject({ status: 'VALID', verification: { result: 'VALID' } });
    expect((newOne.surfaceData as Record<string, string>)['有效期至']).toBe('2036年11月30日');
    expect(newOne.history).toEqual([expect.objectContaining({ kind: 'RENEWED', caseId: 'CASE-RENEW-1', relatedLicenceId: first.id })]);
    const again = await queryAs(sg, MARKET, RENEW, { id: first.id, input: { caseId: 'CASE-RENEW-2' } });
    expect(codeOf(again.errors)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
  });

  test('revoking keeps the reason in the history; a licence ends once', async () => {
    const issued = (await issue(foodLicence())).data!.issueLicence;
    const { data, errors } = await queryAs<{ revokeLicence: Record<string, unknown> }>(sg, MARKET, REVOKE, { id: issued.id, e: 'WITHDRAWN' });
    expect(errors).toBeUndefined();
    expect(data!.revokeLicence).toEqual({ id: issued.id, status: 'WITHDRAWN', reason: '吊销许可证行政处罚决定' });
    const licence = await read(issued.id);
    expect(licence.verification).toMatchObject({ result: 'WITHDRAWN', reason: expect.stringContaining('吊销许可证行政处罚决定') });
    expect(licence.history.at(-1)).toMatchObject({ kind: 'WITHDRAWN', reason: '吊销许可证行政处罚决定', caseId: 'CF-2026-7' });
    expect(codeOf((await queryAs(sg, MARKET, REVOKE, { id: issued.id, e: 'REVOKED' })).errors)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(codeOf((await queryAs(sg, approver('civil-affairs'), REVOKE, { id: issued.id, e: 'REVOKED' })).errors)).toMatchObject({ code: 'FORBIDDEN' });
  });

  test('expiry marks licences past their last day EXPIRED, with an event; only a department system runs it', async () => {
    const row = await addSealedLicence(sg, 'EXPIRESSOON', { issuedOn: new Date('2015-01-01'), validFrom: new Date('2015-01-01'), validUntil: new Date('2025-01-01') });
    const EXPIRE = 'mutation { expireLicences }';
    expect(codeOf((await queryAs(sg, MARKET, EXPIRE)).errors)).toMatchObject({ code: 'FORBIDDEN' });
    const { data, errors } = await queryAs<{ expireLicences: number }>(sg, departmentSystem(['e-license:issue']), EXPIRE);
    expect(errors).toBeUndefined();
    expect(data!.expireLicences).toBeGreaterThanOrEqual(1);
    const licence = await read(row.id);
    expect(licence).toMatchObject({ status: 'EXPIRED', verification: { result: 'EXPIRED' } });
    expect(licence.history.at(-1)).toMatchObject({ kind: 'EXPIRED', status: 'EXPIRED', actorRole: 'DEPARTMENT_SYSTEM' });
    expect((await queryAs<{ expireLicences: number }>(sg, departmentSystem(['e-license:issue']), EXPIRE)).data!.expireLicences).toBe(0);
  });

  test('the history cannot be edited', async () => {
    await expect(sg.db.query('UPDATE "LicenceEvent" SET reason = $1', ['x'])).rejects.toThrow(/append-only/);
  });
});
