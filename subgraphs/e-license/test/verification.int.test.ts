import fc from 'fast-check';
import { generateSm2PrivateKey, issuerKeyId, sealLicence, type IssuerSigningKey } from '@hub/kit';
import type { Prisma } from '../src/__generated__/prisma/client';
import { addSealedLicence, contentOfRow, query, startELicense, statusesNow, validPersonLicence, type ELicenseTest } from './harness';

/**
 * Verification (核验) of licences the library holds and of exported documents: each kind of
 * invalid licence gets its own precise reason.
 */
let sg: ELicenseTest;
beforeAll(async () => {
  sg = await startELicense();
}, 120_000);
afterAll(() => sg?.stop());

interface Verification {
  result: string;
  valid: boolean;
  reason: string;
  status: string | null;
  keyId: string | null;
  issuerName: string | null;
}
const VERIFICATION = 'result valid reason status keyId issuerName';
const VERIFY = `query ($id: String!) { licence(id: $id) { verification { ${VERIFICATION} } document } }`;
const VERIFY_DOCUMENT = `query ($d: JSONObject!) { verifyLicenceDocument(document: $d) { ${VERIFICATION} } }`;

async function verify(id: string): Promise<{ verification: Verification; document: Record<string, unknown> | null }> {
  const { data, errors } = await query<{ licence: { verification: Verification; document: Record<string, unknown> | null } }>(sg, VERIFY, { id });
  expect(errors).toBeUndefined();
  return data!.licence;
}

async function verifyDocument(document: unknown): Promise<Verification> {
  const { data, errors } = await query<{ verifyLicenceDocument: Verification }>(sg, VERIFY_DOCUMENT, { d: document });
  expect(errors).toBeUndefined();
  return data!.verifyLicenceDocument;
}

/** A key of an issuer that is nobody's published key. */
function strangerKey(issuerCode: string): IssuerSigningKey {
  const key = generateSm2PrivateKey();
  return { keyId: issuerKeyId(key.publicKey), issuerCode, key };
}

describe('the seeded library', () => {
  test('every licence in force verifies VALID; every other one says why, as its status does', async () => {
    const rows = await sg.db.query<{ id: string }>('SELECT id FROM "Licence" ORDER BY id');
    const status = await statusesNow(sg);
    const { data, errors } = await query<{ _entities: Array<{ id: string; verification: Verification }> }>(
      sg,
      `query ($r: [_Any!]!) { _entities(representations: $r) { ... on Licence { id verification { result valid status } } } }`,
      { r: rows.map((r) => ({ __typename: 'Licence', id: r.id })) },
    );
    expect(errors).toBeUndefined();
    const results = new Map<string, number>();
    for (const { id, verification } of data!._entities) {
      const expected = status.get(id)!;
      expect({ id, result: verification.result }).toEqual({ id, result: expected === 'VALID' ? 'VALID' : expected });
      results.set(verification.result, (results.get(verification.result) ?? 0) + 1);
    }
    expect(results.get('VALID')).toBeGreaterThan(1000);
    expect([...results.keys()].sort()).toEqual(expect.arrayContaining(['CANCELLED', 'EXPIRED', 'VALID']));
  }, 60_000);
});

describe('each kind of invalid licence gets its own reason', () => {
  test('VALID: sealed by its issuer, unaltered, in force', async () => {
    const row = await validPersonLicence(sg);
    const { verification, document } = await verify(row.id);
    expect(verification).toMatchObject({ result: 'VALID', valid: true, status: 'VALID', keyId: row.sealKeyId, issuerName: row.issuerName });
    expect(await verifyDocument(document)).toMatchObject({ result: 'VALID', valid: true });
  });

  test('SURFACE_ALTERED: surface data changed after sealing, in the library or in an exported document', async () => {
    const original = await validPersonLicence(sg);
    const row = await addSealedLicence(sg, 'ALTERED1', {});
    const { document } = await verify(row.id);
    const surface = { ...(row.surfaceData as Prisma.InputJsonObject) };
    const [firstKey] = Object.keys(surface);
    const altered = { ...(document as { licence: Record<string, unknown> }), licence: { ...(document as { licence: Record<string, unknown> }).licence, surfaceData: { ...surface, [firstKey!]: '李四' } } };
    expect(await verifyDocument(altered)).toMatchObject({ result: 'SURFACE_ALTERED', valid: false, reason: expect.stringContaining('changed after sealing') });
    // Someone with write access to the library's database edits the row.
    await sg.prisma.licence.update({ where: { id: row.id }, data: { surfaceData: { ...surface, [firstKey!]: '李四' } } });
    expect((await verify(row.id)).verification).toMatchObject({ result: 'SURFACE_ALTERED', valid: false });
    await sg.prisma.licence.update({ where: { id: row.id }, data: { validUntil: new Date('2099-12-31') , surfaceData: surface } });
    expect((await verify(row.id)).verification.result).toBe('SURFACE_ALTERED');
    expect((await verify(original.id)).verification.result).toBe('VALID');
  });

  test('SIGNATURE_INVALID: a forged seal naming the issuer’s key, a seal over another licence, no seal', async () => {
    const row = await validPersonLicence(sg);
    const forger = strangerKey(row.issuerCode);
    const forged = sealLicence(await contentOfRow(sg, row), { ...forger, keyId: row.sealKeyId! }, new Date());
    const { document } = await verify(row.id);
    const withForgedSeal = { ...document, seal: forged };
    expect(await verifyDocument(withForgedSeal)).toMatchObject({ result: 'SIGNATURE_INVALID', reason: expect.stringContaining('not a signature') });
    const copied = await addSealedLicence(sg, 'SEALCOPIED', {});
    await sg.prisma.licence.update({ where: { id: copied.id }, data: { sealSignature: row.sealSignature, sealDigest: row.sealDigest } });
    expect((await verify(copied.id)).verification.result).toBe('SIGNATURE_INVALID');
    const unsealed = await addSealedLicence(sg, 'NOSEAL', {});
    await sg.prisma.licence.update({ where: { id: unsealed.id }, data: { sealKeyId: null, sealSignature: null, sealDigest: null, sealSignedAt: null } });
    expect((await verify(unsealed.id)).verification).toMatchObject({ result: 'SIGNATURE_INVALID', reason: expect.stringContaining('no seal'), keyId: null });
  });

  test('UNKNOWN_ISSUER: sealed with a key no issuer published', async () => {
    const row = await addSealedLicence(sg, 'STRANGER', {}, strangerKey((await validPersonLicence(sg)).issuerCode));
    const { verification, document } = await verify(row.id);
    expect(verification).toMatchObject({ result: 'UNKNOWN_ISSUER', valid: false, issuerName: null, status: null });
    expect(await verifyDocument(document)).toMatchObject({ result: 'UNKNOWN_ISSUER' });
  });

  test('EXPIRED: past its last valid day, though sealed and recorded VALID', async () => {
    const row = await addSealedLicence(sg, 'PASTITSEND', { issuedOn: new Date('2010-03-01'), validFrom: new Date('2010-03-01'), validUntil: new Date('2020-02-29') });
    const { verification, document } = await verify(row.id);
    expect(verification).toMatchObject({ result: 'EXPIRED', status: 'EXPIRED', reason: expect.stringContaining('valid until 2020-02-29') });
    expect(await verifyDocument(document)).toMatchObject({ result: 'EXPIRED' });
  });

  test('REVOKED: revoked by the issuer after the document was exported, with the reason', async () => {
    const row = await addSealedLicence(sg, 'TOBEREVOKED', {});
    const { document } = await verify(row.id);
    const revoke = await query(sg, 'mutation ($id: String!) { revokeLicence(id: $id, reason: "以欺骗手段取得") { status } }', { id: row.id });
    expect(revoke.errors).toBeUndefined();
    expect((await verify(row.id)).verification).toMatchObject({ result: 'REVOKED', status: 'REVOKED', reason: expect.stringContaining('以欺骗手段取得') });
    expect(await verifyDocument(document)).toMatchObject({ result: 'REVOKED', valid: false });
  });

  test('UNKNOWN_LICENCE: a genuine document of a licence the library does not hold', async () => {
    const row = await addSealedLicence(sg, 'REMOVEDLATER', {});
    const { document } = await verify(row.id);
    await sg.db.query('DELETE FROM "Licence" WHERE id = $1', [row.id]);
    expect(await verifyDocument(document)).toMatchObject({ result: 'UNKNOWN_LICENCE', status: null });
  });
});

describe('malformed documents', () => {
  test.each([
    ['not a document', { hello: 'world' }, 'document'],
    ['another format', { format: 'x', licence: {}, seal: {} }, 'document.format'],
    ['a bad identifier', 'licence.id', 'licence.id'],
    ['a bad signature encoding', 'seal.signature', 'seal.signature'],
  ])('%s is BAD_USER_INPUT naming the field', async (_, change, field) => {
    const row = await validPersonLicence(sg);
    const { document } = await verify(row.id);
    const doc = JSON.parse(JSON.stringify(document)) as { licence: Record<string, unknown>; seal: Record<string, unknown> };
    if (change === 'licence.id') doc.licence.id = `${row.id}X`;
    if (change === 'seal.signature') doc.seal.signature = 'zz';
    const input = typeof change === 'string' ? doc : change;
    const { data, errors } = await query(sg, VERIFY_DOCUMENT, { d: input });
    expect(data).toBeNull();
    expect(errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field }) })]);
  });
});

describe('anything sent to verifyLicenceDocument is answered over GraphQL', () => {
  test('a verification or BAD_USER_INPUT, never an internal error (property-based)', async () => {
    const row = await validPersonLicence(sg);
    const { document } = await verify(row.id);
    const fields = ['format', 'licence', 'seal'];
    const mutated = fc.record({ field: fc.constantFrom(...fields), value: fc.jsonValue({ maxDepth: 3 }) }).map(({ field, value }) => ({ ...document, [field]: value }));
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 3 })), mutated), async (input) => {
        const { data, errors } = await query<{ verifyLicenceDocument: Verification | null }>(sg, VERIFY_DOCUMENT, { d: input });
        if (errors) expect(errors.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
        else expect(data?.verifyLicenceDocument?.valid).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
