import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The committed typed client must be exactly what codegen makes from the committed API
 * schema and operations; a stale client, or an operation that no longer validates against
 * the schema, fails.
 */
const ROOT = join(__dirname, '..', '..', '..');
const CHECK = join(ROOT, 'scripts', 'bin', 'codegen-check.js');
const run = (root = ROOT) => spawnSync(process.execPath, [CHECK], { cwd: root, encoding: 'utf8', env: { ...process.env, CODEGEN_ROOT: root } });

it('the generated client is current and every operation validates against the API schema', () => {
  const result = run();
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
});

describe('the check fails', () => {
  // A copy of the client and its config, so the repository's files are never touched.
  let copy: string;
  let operation: string;
  beforeEach(() => {
    copy = mkdtempSync(join(tmpdir(), 'sdk-'));
    cpSync(join(ROOT, 'codegen.yml'), join(copy, 'codegen.yml'));
    cpSync(join(ROOT, 'clients', 'sdk'), join(copy, 'clients', 'sdk'), { recursive: true, filter: (src) => !src.includes('dist') });
    symlinkSync(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
    operation = join(copy, 'clients', 'sdk', 'src', 'operations', 'licence.ts');
    expect(run(copy).status).toBe(0);
  });
  afterEach(() => rmSync(copy, { recursive: true, force: true }));

  it('when an operation changed without regenerating', () => {
    writeFileSync(operation, readFileSync(operation, 'utf8').replace('englishName', 'englishName\n      asOf'));
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/stale generated client/);
  });

  it('when an operation asks for a field the API does not have', () => {
    writeFileSync(operation, readFileSync(operation, 'utf8').replace('englishName', 'englishName\n      shoeSize'));
    const result = run(copy);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/shoeSize/);
  });
});
