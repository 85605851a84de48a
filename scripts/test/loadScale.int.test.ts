import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { dropPostgresDatabase, freshDatabaseUrl, openDatabase, postgresReachable } from '@hub/kit';

/**
 * The scale loader as an operator runs it (a separate process), on databases of its own:
 * every department system gets its rows, and the resident count is exactly the size asked.
 */
const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'scripts', 'dist', 'loadScale.js');
const POPULATED = ['civil-affairs', 'social-security', 'market-access', 'e-license'];
const envKey = (name: string) => `${name.toUpperCase().replace(/-/g, '_')}_DATABASE_URL`;

function runLoader(env: NodeJS.ProcessEnv, persons: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI, '--persons', String(persons)], { env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => resolve({ code, output }));
  });
}

it('loads the population into every department system', async () => {
  if (!(await postgresReachable())) return; // the loader targets a PostgreSQL server; CI always has one
  const urls = Object.fromEntries(await Promise.all(POPULATED.map(async (name) => [name, await freshDatabaseUrl(`scale-${name}`)] as const)));
  try {
    const { code, output } = await runLoader(Object.fromEntries(POPULATED.map((name) => [envKey(name), urls[name]!])), 400);
    expect({ code, output }).toMatchObject({ code: 0, output: expect.stringContaining('400 persons') });
    const civil = await openDatabase(urls['civil-affairs']!);
    try {
      const [row] = await civil.query<{ n: string }>('SELECT count(*) AS n FROM "Resident"');
      expect(Number(row!.n)).toBe(400);
    } finally {
      await civil.close();
    }
    for (const name of POPULATED) expect(output).toMatch(new RegExp(`${name}\\s+[\\d,]+ rows`));
  } finally {
    await Promise.all(Object.values(urls).map((url) => dropPostgresDatabase(url)));
  }
}, 120_000);
