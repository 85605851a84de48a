import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runLicenceVerify, type CliIo } from '../src/bin/licenceVerifyCli';
import { addSealedLicence, query, startELicense, type ELicenseTest } from './harness';

/**
 * `npm run licence:verify`: an exported licence document checked offline with the published
 * keys from a file, or with keys and status fetched through the graph.
 */
let sg: ELicenseTest;
let dir: string;
beforeAll(async () => {
  sg = await startELicense();
  dir = await mkdtemp(join(tmpdir(), 'licence-verify-'));
}, 120_000);
afterAll(async () => {
  await sg?.stop();
  await rm(dir, { recursive: true, force: true });
});

const KEYS = '{ licenceIssuerKeys { keyId issuerCode issuerName algorithm signerId publicKey activatedAt retiredAt } }';

/** The command's exit code and output; its gateway is the subgraph, reached as the gateway would. */
async function run(...argv: string[]): Promise<{ code: number; out: string }> {
  const lines: string[] = [];
  const io: CliIo = {
    out: (l) => lines.push(l),
    err: (l) => lines.push(l),
    fetch: async (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), ...(await sg.headersFor()) } }),
  };
  const code = await runLicenceVerify(argv, io);
  return { code, out: lines.join('\n') };
}

async function exported(serial: string): Promise<{ id: string; file: string; document: Record<string, unknown> }> {
  const row = await addSealedLicence(sg, serial, {});
  const { data } = await query<{ licence: { document: Record<string, unknown> } }>(sg, 'query ($id: String!) { licence(id: $id) { document } }', { id: row.id });
  const file = join(dir, `${serial}.json`);
  await writeFile(file, JSON.stringify(data!.licence.document, null, 2));
  return { id: row.id, file, document: data!.licence.document };
}

async function keysFile(): Promise<string> {
  const { data } = await query(sg, KEYS);
  const file = join(dir, 'issuer-keys.json');
  await writeFile(file, JSON.stringify({ data }));
  return file;
}

test('a genuine document verifies offline with the published keys in a file (exit 0)', async () => {
  const { file } = await exported('CLIVALID');
  const { code, out } = await run(file, '--keys', await keysFile());
  expect(code).toBe(0);
  expect(out).toMatch(/^VALID: /);
  expect(out).toContain('checked offline');
});

test('an altered document does not (exit 1, with the reason)', async () => {
  const { document } = await exported('CLIALTERED');
  const licence = document.licence as { surfaceData: Record<string, unknown> };
  const file = join(dir, 'altered.json');
  await writeFile(file, JSON.stringify({ ...document, licence: { ...licence, surfaceData: { ...licence.surfaceData, 姓名: '冒名顶替' } } }));
  const { code, out } = await run(file, '--keys', await keysFile());
  expect(code).toBe(1);
  expect(out).toMatch(/^SURFACE_ALTERED: /);
});

test('with the gateway it fetches the keys and learns of a revocation the document cannot know', async () => {
  const { id, file } = await exported('CLIREVOKED');
  expect(await run(file, '--gateway', sg.url)).toMatchObject({ code: 0 });
  await query(sg, 'mutation ($id: String!) { revokeLicence(id: $id, reason: "证照依法撤销") { status } }', { id });
  const { code, out } = await run(file, '--gateway', sg.url);
  expect(code).toBe(1);
  expect(out).toContain('the library: REVOKED');
});

test('what is not a licence document, or no keys, cannot be checked (exit 2)', async () => {
  const file = join(dir, 'not-a-licence.json');
  await writeFile(file, '{"hello": "world"}');
  expect(await run(file, '--keys', await keysFile())).toMatchObject({ code: 2, out: expect.stringContaining('not a licence document: document') });
  expect(await run(join(dir, 'missing.json'), '--keys', await keysFile())).toMatchObject({ code: 2, out: expect.stringContaining('cannot read') });
  expect(await run(file)).toMatchObject({ code: 2, out: expect.stringContaining('usage') });
});
