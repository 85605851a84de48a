import fc from 'fast-check';
import { GraphQLError } from 'graphql';
import {
  demoIssuerKey, LicenceDocumentProblem, licenceDocument, makeCreditCode, makeLicenceId, parseLicenceDocument, parseSm2PublicKey, publishedKeyOf, sealLicence,
  sm2Verify, verifyLicenceDocumentOffline, type LicenceContent, type LicenceDocument,
} from '@hub/kit';
import { LICENCE_CODE_PREFIX, licenceCode, parseLicenceCode } from '../src/modules/display/licenceCode';

/**
 * Property-based: whatever arrives as a document, a code, a key or a signature, verification
 * answers — a verdict, or a problem naming the field — and never crashes; and no change to a
 * sealed document verifies VALID.
 */
const issuerCode = makeCreditCode('11', '370304', '003370304');
const signing = demoIssuerKey('property-test', issuerCode);
const published = publishedKeyOf(signing, '淄博市博山区行政审批服务局', '2020-01-01T00:00:00.000Z');
const keyOf = (id: string) => (id === published.keyId ? published : null);
const holder = makeCreditCode('92', '370304', 'MA3C00001');
const content: LicenceContent = {
  id: makeLicenceId({ typeCode: '11100000000000001M001', issuerCode, serial: 'ZH3703042026000001', version: '001' }),
  name: '行业综合许可证', typeCode: '11100000000000001M001', number: 'ZH3703042026000001',
  holder: { name: '博山区老高家小吃店', code: holder, codeType: '001' },
  issuer: { name: '淄博市博山区行政审批服务局', code: issuerCode },
  issuedOn: '2026-05-06', validFrom: '2026-05-06', validUntil: '2031-05-05', jurisdiction: '370304',
  surfaceData: { 市场主体名称: '博山区老高家小吃店', 许可事项: [{ 名称: '食品经营许可', 编号: 'JY23703040000011', 有效期至: '2031年5月5日' }] },
};
const sealed: LicenceDocument = licenceDocument(content, sealLicence(content, signing, new Date('2026-05-06T01:00:00.000Z')));
const TODAY = '2026-11-01';
const RUNS = { numRuns: 300 };

/** Parses and verifies as verifyLicenceDocument does: a verdict, or a LicenceDocumentProblem. */
function check(raw: unknown): string {
  try {
    return verifyLicenceDocumentOffline(parseLicenceDocument(raw), keyOf, TODAY).outcome;
  } catch (err) {
    if (err instanceof LicenceDocumentProblem) return 'PROBLEM';
    throw err;
  }
}

/** Every path to a value in a JSON tree. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return [prefix, ...value.flatMap((v, i) => paths(v, [...prefix, i]))];
  if (typeof value === 'object' && value !== null) return [prefix, ...Object.entries(value).flatMap(([k, v]) => paths(v, [...prefix, k]))];
  return [prefix];
}

function replaced(root: unknown, path: Array<string | number>, value: unknown): unknown {
  if (path.length === 0) return value;
  const [head, ...rest] = path;
  const copy = (Array.isArray(root) ? [...root] : { ...(root as object) }) as Record<string | number, unknown>;
  copy[head!] = replaced(copy[head!], rest, value);
  return copy;
}

const sealedJson = JSON.parse(JSON.stringify(sealed)) as unknown;
const allPaths = paths(sealedJson);

describe('licence documents', () => {
  test('the sealed document verifies VALID (the properties below start from it)', () => {
    expect(check(sealedJson)).toBe('VALID');
  });

  test('any JSON value is answered, never crashes', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6 }), (raw) => {
      expect(['PROBLEM', 'VALID', 'UNKNOWN_ISSUER', 'SIGNATURE_INVALID', 'SURFACE_ALTERED', 'EXPIRED', 'NOT_YET_VALID']).toContain(check(raw));
    }), RUNS);
  });

  test('anything at all (prototypes, deep nesting, odd numbers) is answered, never crashes', () => {
    fc.assert(fc.property(fc.anything({ maxDepth: 4, withNullPrototype: true, withBigInt: true, withDate: true, withMap: true, withTypedArray: true, withSparseArray: true }), (raw) => {
      expect(typeof check(raw)).toBe('string');
      expect(typeof check({ ...(sealedJson as object), licence: { ...(sealed.licence as object), surfaceData: { x: raw } } })).toBe('string');
    }), RUNS);
  });

  test('no change to any one value of a sealed document verifies VALID', () => {
    fc.assert(fc.property(fc.constantFrom(...allPaths), fc.jsonValue({ maxDepth: 3 }), (path, value) => {
      const changed = replaced(sealedJson, path, value);
      fc.pre(JSON.stringify(changed) !== JSON.stringify(sealedJson));
      expect(check(changed)).not.toBe('VALID');
    }), { numRuns: 1000 });
  });

  test('a deeply nested surface is a problem, not a stack overflow', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(check(replaced(sealedJson, ['licence', 'surfaceData', '许可事项'], deep))).toBe('PROBLEM');
  });
});

describe('verification codes (亮证码)', () => {
  const genuine = licenceCode(sealed.seal);

  function parse(code: string): string {
    try {
      parseLicenceCode(code);
      return 'PARSED';
    } catch (err) {
      if (err instanceof GraphQLError && err.extensions.code === 'BAD_USER_INPUT') return 'BAD_USER_INPUT';
      throw err;
    }
  }

  test('a genuine code parses', () => {
    expect(parseLicenceCode(genuine)).toEqual(sealed.seal);
    expect(Buffer.from(genuine.slice(LICENCE_CODE_PREFIX.length), 'base64url').toString()).not.toContain(sealed.licence.id);
  });

  test('any string, any prefixed base64url and any prefixed JSON is answered, never crashes', () => {
    fc.assert(fc.property(fc.string({ maxLength: 1200 }), (s) => expect(['PARSED', 'BAD_USER_INPUT']).toContain(parse(s))), RUNS);
    fc.assert(fc.property(fc.base64String({ maxLength: 1200 }), (s) => expect(['PARSED', 'BAD_USER_INPUT']).toContain(parse(`${LICENCE_CODE_PREFIX}${s.replace(/=/g, '')}`))), RUNS);
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), (v) => {
      expect(['PARSED', 'BAD_USER_INPUT']).toContain(parse(`${LICENCE_CODE_PREFIX}${Buffer.from(JSON.stringify(v) ?? 'null').toString('base64url')}`));
    }), RUNS);
  });
});

describe('the SM2 primitive', () => {
  const point = parseSm2PublicKey(signing.key.publicKey.hex)!;

  test('any public key text is a key or null, never a crash', () => {
    const hex = (minLength: number, maxLength: number) => fc.string({ unit: fc.constantFrom(...'0123456789abcdefABCDEF'), minLength, maxLength });
    const prefixed = fc.constantFrom('02', '03', '04').chain((p) => hex(64, 128).map((h) => p + h));
    fc.assert(fc.property(fc.oneof(fc.string(), hex(60, 140), prefixed), (text) => {
      const key = parseSm2PublicKey(text);
      expect(key === null || key.hex.length === 130).toBe(true);
    }), RUNS);
  });

  test('any signature bytes, DER or raw, are false unless genuine, never a crash', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), fc.uint8Array({ maxLength: 64 }), (signature, message) => {
      expect(sm2Verify(point, message, signature)).toBe(false);
      expect(sm2Verify(point, message, signature, { encoding: 'raw' })).toBe(false);
    }), RUNS);
  });
});
