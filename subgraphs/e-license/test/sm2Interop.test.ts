import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import {
  decodeSignatureDer, encodeSignatureDer, generateSm2PrivateKey, issuerKeyId, licenceContentDigest, licenceDocument, makeCreditCode, makeLicenceId,
  parseSm2PublicKey, publishedKeyOf, sealLicence, sealSignedInfo, signerDigest, sm2PrivateKeyFromHex, sm2PrivateKeyHex, sm2PublicKeyPem, sm2Sign, sm2Verify,
  verifyLicenceDocumentOffline, type LicenceContent, type LicenceSeal,
} from '@hub/kit';

/**
 * SM2 with SM3 and the default signer ID (GB/T 32918.2, GM/T 0009), as the library seals
 * licences, against an independent implementation from the npm registry (sm-crypto), the
 * standard's own example, and OpenSSL.
 */
/** sm-crypto 0.5.8 exports it; its types (@types/sm-crypto 0.3.4) predate it. */
const smCryptoPublicKeyOf = (sm2 as unknown as { getPublicKeyFromPrivateKey(privateKeyHex: string): string }).getPublicKeyFromPrivateKey;
const message = '{"format":"hub-elicence-seal/1","licenceId":"1.2.156.3005.2.X"} 电子证照';
const bytes = Buffer.from(message, 'utf8');

describe('the SM2 primitive', () => {
  test('matches the example of GM/T 0003.5: public key, Z_A and signature', () => {
    const key = sm2PrivateKeyFromHex('3945208F7B2144B13F36E38AC6D39F95889393692860B51A42FB81EF4DF7C5B8');
    expect(key.publicKey.hex).toBe('0409f9df311e5421a150dd7d161e4bc5c672179fad1833fc076bb08ff356f35020ccea490ce26775a52dc6ea718cc1aa600aed05fbf35e084a6632f6072da9ad13');
    expect(signerDigest(key.publicKey).toString('hex')).toBe('b2e14c5c79c6df5b85f4fe7ed8db7a262b9da7e07ccb0ea9f4747b8ccda8a4f3');
    const signature = encodeSignatureDer({ r: 0xf5a03b0648d2c4630eeac513e1bb81a15944da3827d5b74143ac7eaceee720b3n, s: 0xb1b6aa29df212fd8763182bc0d421ca1bb9038fd1f7f42d4840b69c485bbc1aan });
    expect(sm2Verify(key.publicKey, Buffer.from('message digest'), signature)).toBe(true);
    expect(sm2Verify(key.publicKey, Buffer.from('message digesT'), signature)).toBe(false);
  });

  test('sm-crypto signs (DER and raw r‖s), we verify', () => {
    for (let i = 0; i < 5; i++) {
      const { privateKey, publicKey } = sm2.generateKeyPairHex();
      const key = parseSm2PublicKey(publicKey)!;
      const der = sm2.doSignature(message, privateKey, { hash: true, der: true });
      const raw = sm2.doSignature(message, privateKey, { hash: true, der: false });
      expect(sm2Verify(key, bytes, Buffer.from(der, 'hex'))).toBe(true);
      expect(sm2Verify(key, bytes, Buffer.from(raw, 'hex'), { encoding: 'raw' })).toBe(true);
      expect(sm2Verify(key, Buffer.from(`${message}.`), Buffer.from(der, 'hex'))).toBe(false);
    }
  });

  test('we sign, sm-crypto verifies; both derive the same public key', () => {
    for (let i = 0; i < 5; i++) {
      const key = generateSm2PrivateKey();
      const signature = sm2Sign(key, bytes).toString('hex');
      expect(sm2.doVerifySignature(message, signature, key.publicKey.hex, { hash: true, der: true })).toBe(true);
      expect(sm2.doVerifySignature(`${message}.`, signature, key.publicKey.hex, { hash: true, der: true })).toBe(false);
      expect(smCryptoPublicKeyOf(sm2PrivateKeyHex(key))).toBe(key.publicKey.hex);
    }
  });

  test('Node’s own crypto.sign("sm3") is not GB/T 32918 with the default ID; with the empty ID OpenSSL uses, we interoperate with it too', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const ours = sm2PrivateKeyFromHex(privateKey.export({ type: 'sec1', format: 'der' }).subarray(7, 39).toString('hex'));
    // A key from generateKeyPairSync signs ECDSA over the SM2 curve; re-imported, OpenSSL signs SM2 with an empty signer ID.
    expect(sm2Verify(ours.publicKey, bytes, nodeSign('sm3', bytes, privateKey), { signerId: '' })).toBe(false);
    const reimported = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const openssl = nodeSign('sm3', bytes, reimported);
    expect(sm2Verify(ours.publicKey, bytes, openssl)).toBe(false);
    expect(sm2Verify(ours.publicKey, bytes, openssl, { signerId: '' })).toBe(true);
    const pem = sm2PublicKeyPem(ours.publicKey);
    expect(nodeVerify('sm3', bytes, createPublicKey(pem), sm2Sign(ours, bytes, { signerId: '' }))).toBe(true);
    expect(createPublicKey(pem).export({ type: 'spki', format: 'der' }).subarray(-65).toString('hex')).toBe(ours.publicKey.hex);
  });

  test('DER decoding is strict: padding, trailing bytes and negative integers are refused', () => {
    const good = sm2Sign(generateSm2PrivateKey(), bytes);
    expect(decodeSignatureDer(good)).not.toBeNull();
    expect(decodeSignatureDer(Buffer.concat([good, Buffer.from([0])]))).toBeNull();
    const padded = Buffer.from(good);
    padded[1] = padded[1]! + 1;
    expect(decodeSignatureDer(padded)).toBeNull();
    expect(decodeSignatureDer(Buffer.from('3006020100020100', 'hex'))).toEqual({ r: 0n, s: 0n });
    expect(decodeSignatureDer(Buffer.from('300602018002017f', 'hex'))).toBeNull();
    expect(decodeSignatureDer(Buffer.from('30070202007f02017f', 'hex'))).toBeNull();
  });
});

describe('a licence seal, across implementations', () => {
  const issuerCode = makeCreditCode('11', '370304', '003370304');
  const holder = makeCreditCode('92', '370304', 'MA3C00001');
  const content: LicenceContent = {
    id: makeLicenceId({ typeCode: '11100000000000027A002', issuerCode, serial: 'JY23703040000011', version: '001' }),
    name: '食品经营许可证', typeCode: '11100000000000027A002', number: 'JY23703040000011',
    holder: { name: '博山区老高家小吃店', code: holder, codeType: '001' },
    issuer: { name: '淄博市博山区行政审批服务局', code: issuerCode },
    issuedOn: '2026-05-06', validFrom: '2026-05-06', validUntil: '2031-05-05', jurisdiction: '370304',
    surfaceData: { 经营者名称: '博山区老高家小吃店', 社会信用代码: holder, 经营项目: '热食类食品制售' },
  };

  test('a licence sealed with sm-crypto verifies VALID with our verifier', () => {
    const { privateKey, publicKey } = sm2.generateKeyPairHex();
    const point = parseSm2PublicKey(publicKey)!;
    const unsigned = { algorithm: 'SM2-SM3' as const, keyId: issuerKeyId(point), issuerCode, signedAt: '2026-05-06T01:00:00.000Z', contentDigest: licenceContentDigest(content) };
    const signature = sm2.doSignature(sealSignedInfo(content.id, unsigned).toString('utf8'), privateKey, { hash: true, der: true });
    const seal: LicenceSeal = { ...unsigned, signature };
    const key = { keyId: unsigned.keyId, issuerCode, issuerName: '淄博市博山区行政审批服务局', algorithm: 'SM2-SM3' as const, signerId: '1234567812345678', publicKey: point.hex, activatedAt: '2020-01-01T00:00:00.000Z', retiredAt: null };
    const verified = verifyLicenceDocumentOffline(licenceDocument(content, seal), (id) => (id === key.keyId ? key : null), '2026-11-01');
    expect(verified).toMatchObject({ outcome: 'VALID' });
  });

  test('our seal verifies with sm-crypto’s doVerifySignature over the signed info', () => {
    const key = generateSm2PrivateKey();
    const signing = { keyId: issuerKeyId(key.publicKey), issuerCode, key };
    const seal = sealLicence(content, signing, new Date('2026-05-06T01:00:00.000Z'));
    const signedInfo = sealSignedInfo(content.id, seal).toString('utf8');
    expect(sm2.doVerifySignature(signedInfo, seal.signature, key.publicKey.hex, { hash: true, der: true })).toBe(true);
    expect(JSON.parse(signedInfo)).toEqual({
      algorithm: 'SM2-SM3', contentDigest: seal.contentDigest, digestAlgorithm: 'SM3', format: 'hub-elicence-seal/1', issuerCode, keyId: signing.keyId, licenceId: content.id, signedAt: '2026-05-06T01:00:00.000Z',
    });
    const published = publishedKeyOf(signing, '淄博市博山区行政审批服务局', '2020-01-01T00:00:00.000Z');
    expect(verifyLicenceDocumentOffline(licenceDocument(content, seal), () => published, '2026-11-01').outcome).toBe('VALID');
  });
});
