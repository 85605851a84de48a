import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { sm2 } from 'sm-crypto';
import { generateSm2PrivateKey, parseSm2PublicKey, sm2PrivateKeyFromHex, sm2PrivateKeyHex, sm2PublicKeyPem, sm2Sign, sm2Verify } from '@hub/kit';

const message = '{"format":"hub-elicence-seal/1","licenceId":"1.2.156.3005.2.X"} 电子证照';
const bytes = Buffer.from(message, 'utf8');

describe('SM2 with SM3 and the default signer ID interoperates with sm-crypto', () => {
  test('sm-crypto signs (DER and raw), we verify', () => {
    const { privateKey, publicKey } = sm2.generateKeyPairHex();
    const key = parseSm2PublicKey(publicKey)!;
    const der = sm2.doSignature(message, privateKey, { hash: true, der: true });
    const raw = sm2.doSignature(message, privateKey, { hash: true, der: false });
    expect(sm2Verify(key, bytes, Buffer.from(der, 'hex'))).toBe(true);
    expect(sm2Verify(key, bytes, Buffer.from(raw, 'hex'), { encoding: 'raw' })).toBe(true);
    expect(sm2Verify(key, Buffer.from(`${message}.`), Buffer.from(der, 'hex'))).toBe(false);
  });

  test('we sign, sm-crypto verifies', () => {
    const key = generateSm2PrivateKey();
    const signature = sm2Sign(key, bytes).toString('hex');
    expect(sm2.doVerifySignature(message, signature, key.publicKey.hex, { hash: true, der: true })).toBe(true);
    expect(sm2.getPublicKeyFromPrivateKey(sm2PrivateKeyHex(key))).toBe(key.publicKey.hex);
  });

  test('node facts', () => {
    const key = generateSm2PrivateKey();
    const pem = sm2PublicKeyPem(key.publicKey);
    expect(createPublicKey(pem).export({ type: 'spki', format: 'der' }).subarray(-65).toString('hex')).toBe(key.publicKey.hex);
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
    const sec1 = privateKey.export({ type: 'sec1', format: 'der' });
    const ours = sm2PrivateKeyFromHex(sec1.subarray(7, 39).toString('hex'));
    const reimported = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const openssl = nodeSign('sm3', bytes, reimported);
    expect(sm2Verify(ours.publicKey, bytes, openssl, { signerId: '' })).toBe(true);
    expect(sm2Verify(ours.publicKey, bytes, openssl)).toBe(false);
    const mine = sm2Sign(ours, bytes, { signerId: '' });
    expect(nodeVerify('sm3', bytes, createPublicKey(sm2PublicKeyPem(ours.publicKey)), mine)).toBe(true);
  });
});
