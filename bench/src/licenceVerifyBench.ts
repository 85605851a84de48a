import { createPrivateKey, createPublicKey, generateKeyPairSync, sign as nodeSign, verify as nodeVerify } from 'node:crypto';
import { parseArgs } from 'node:util';
import { sm2 } from 'sm-crypto';
import {
  demoIssuerKey, makeCreditCode, makeLicenceId, parseLicenceDocument, parseSm2PublicKey, publishedKeyOf, sealLicences, sealSignedInfo, sm2Verify,
  verifyLicenceDocumentOffline, type LicenceContent, type LicenceDocument, type PublishedIssuerKey,
} from '@hub/kit';

/**
 * Licence verifications per second on one core (one Node.js thread): a licence document
 * parsed, its content canonicalised and digested (SM3), its seal checked (SM2 with the
 * default signer ID) against the published key, and its validity judged — what
 * verifyLicenceDocument, Licence.verification and the licence:verify command do for each
 * licence. For context, the SM2 step alone, Node's own OpenSSL SM2 (which cannot use the
 * standard signer ID, see subgraphs/kit/src/sm2/signature.ts) and sm-crypto.
 *
 *   npm run bench:licence -- [--seconds 5] [--documents 2000]
 */
const ISSUERS = 25;
const SECRET = 'licence-verify-bench';

function issuerCode(i: number): string {
  return makeCreditCode('11', '370304', `0${String(i).padStart(2, '0')}370304`);
}

/** A business licence with a long scope, or an industry comprehensive licence with its permits: the larger documents. */
function content(i: number): LicenceContent {
  const issuer = issuerCode(i % ISSUERS);
  const holder = makeCreditCode('92', '370304', `MA${String(100000 + i).padStart(7, '0')}`);
  const industry = i % 2 === 1;
  const typeCode = industry ? '11100000000000001M001' : '11100000000000027A001';
  const surfaceData: Record<string, unknown> = industry
    ? { 市场主体名称: `博山区城东街道${i}号小吃店`, 社会信用代码: holder, 法定代表人: '王秀英', 经营场所: `山东省淄博市博山区城东街道峨眉山路${i}号`, 行业类别: '餐饮服务（开办餐馆）',
        许可事项: [{ 名称: '食品经营许可', 编号: `JY23703040${String(i).padStart(5, '0')}`, 有效期至: '2031年5月31日' }, { 名称: '公共场所卫生许可', 编号: '', 有效期至: '2031年5月31日' }],
        许可证编号: `ZH3703042026${String(i).padStart(6, '0')}`, 有效期至: '2031年5月31日', 发证机关: '淄博市博山区行政审批服务局' }
    : { 统一社会信用代码: holder, 名称: `博山区城东街道${i}号便利店`, 类型: '个体工商户', 法定代表人: '张德忠', 经营范围: '食品销售；日用百货销售；烟草制品零售；餐饮服务。（依法须经批准的项目，经相关部门批准后方可开展经营活动）',
        注册资本: '10万元', 成立日期: '2019年3月2日', 住所: `山东省淄博市博山区城东街道峨眉山路${i}号`, 登记机关: '淄博市博山区市场监督管理局' };
  return {
    id: makeLicenceId({ typeCode, issuerCode: issuer, serial: holder, version: '001' }),
    name: industry ? '行业综合许可证' : '营业执照', typeCode, number: holder,
    holder: { name: String(surfaceData['市场主体名称'] ?? surfaceData['名称']), code: holder, codeType: '001' },
    issuer: { name: '淄博市博山区行政审批服务局', code: issuer },
    issuedOn: '2026-06-01', validFrom: '2026-06-01', validUntil: industry ? '2031-05-31' : null, jurisdiction: '370304', surfaceData,
  };
}

function documents(count: number): { documents: unknown[]; keys: Map<string, PublishedIssuerKey> } {
  const keys = new Map<string, PublishedIssuerKey>();
  const docs: LicenceDocument[] = [];
  for (let issuer = 0; issuer < ISSUERS; issuer++) {
    const signing = demoIssuerKey(SECRET, issuerCode(issuer));
    keys.set(signing.keyId, publishedKeyOf(signing, '淄博市博山区行政审批服务局', '2020-01-01T00:00:00.000Z'));
    const contents = Array.from({ length: Math.ceil(count / ISSUERS) }, (_, j) => content(j * ISSUERS + issuer));
    const seals = sealLicences(contents, signing, contents.map(() => new Date('2026-06-01T01:00:00.000Z')));
    contents.forEach((licence, j) => docs.push({ format: 'hub-elicence-document/1', licence, seal: seals[j]! }));
  }
  // As a verifier receives them: JSON text, parsed.
  return { documents: docs.slice(0, count).map((d) => JSON.parse(JSON.stringify(d)) as unknown), keys };
}

/** Runs `work` over and over for about `seconds`; per second. */
function rate(seconds: number, work: (i: number) => void): number {
  const started = process.hrtime.bigint();
  const budget = BigInt(Math.round(seconds * 1e9));
  let done = 0;
  while (process.hrtime.bigint() - started < budget) {
    for (let j = 0; j < 50; j++) work(done++);
  }
  return done / (Number(process.hrtime.bigint() - started) / 1e9);
}

function main(): void {
  const { values } = parseArgs({ options: { seconds: { type: 'string', default: '5' }, documents: { type: 'string', default: '2000' } } });
  const seconds = Number(values.seconds);
  const { documents: docs, keys } = documents(Number(values.documents));
  const keyOf = (id: string) => keys.get(id) ?? null;
  for (const doc of docs) if (verifyLicenceDocumentOffline(parseLicenceDocument(doc), keyOf).outcome !== 'VALID') throw new Error('a bench document does not verify');
  console.log(`${docs.length} sealed licence documents (营业执照, 行业综合许可证), ${ISSUERS} issuers; Node ${process.version}, one thread`);
  const full = rate(seconds, (i) => verifyLicenceDocumentOffline(parseLicenceDocument(docs[i % docs.length]), keyOf));
  console.log(`  full verification (parse, RFC 8785 + SM3 digest, SM2 seal, validity): ${full.toFixed(0)} licences/s`);

  const parsed = docs.map((d) => parseLicenceDocument(d));
  const signed = parsed.map((d) => ({ key: keys.get(d.seal.keyId)!, info: sealSignedInfo(d.licence.id, d.seal), sig: Buffer.from(d.seal.signature, 'hex') }));
  const points = new Map([...keys.values()].map((k) => [k.keyId, parseSm2PublicKey(k.publicKey)!]));
  const sm2Only = rate(seconds, (i) => {
    const s = signed[i % signed.length]!;
    sm2Verify(points.get(s.key.keyId)!, s.info, s.sig);
  });
  console.log(`  SM2 signature check alone (this hub, default signer ID):             ${sm2Only.toFixed(0)} /s`);

  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'SM2' });
  const opensslKey = createPrivateKey(privateKey.export({ type: 'pkcs8', format: 'pem' }));
  const opensslPublic = createPublicKey(opensslKey);
  const info = signed[0]!.info;
  const opensslSig = nodeSign('sm3', info, opensslKey);
  const openssl = rate(Math.min(seconds, 2), () => nodeVerify('sm3', info, opensslPublic, opensslSig));
  console.log(`  for comparison, Node's OpenSSL SM2 verify (empty signer ID):         ${openssl.toFixed(0)} /s`);
  const pair = sm2.generateKeyPairHex();
  const text = info.toString('utf8');
  const jsSig = sm2.doSignature(text, pair.privateKey, { hash: true, der: true });
  const smCrypto = rate(Math.min(seconds, 2), () => sm2.doVerifySignature(text, jsSig, pair.publicKey, { hash: true, der: true }));
  console.log(`  for comparison, sm-crypto doVerifySignature:                         ${smCrypto.toFixed(0)} /s`);
}

try {
  main();
} catch (err) {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
}
