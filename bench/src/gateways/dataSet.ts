import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openDatabase } from '@hub/kit';
import { databaseEnvKey, databaseUrlsFor, ROOT, type DepartmentName } from '../stack/hubStack';

/**
 * The benchmark's data set: the synthetic population of `persons` people in databases of
 * their own (`bench_<size>_<department>`), so a 100k and a 1M set live side by side and a
 * run never touches the demo's or the tests' data. Loaded with `load:scale` when missing
 * or of another size; reused otherwise (loading 1M takes minutes).
 */
export interface DataSet {
  persons: number;
  label: string;
  databaseUrls: Record<DepartmentName, string>;
}

const POPULATED: DepartmentName[] = ['civil-affairs', 'social-security', 'market-access', 'e-license'];

export function dataSetLabel(persons: number): string {
  return persons % 1_000_000 === 0 ? `${persons / 1_000_000}m` : persons % 1000 === 0 ? `${persons / 1000}k` : String(persons);
}

export async function ensureDataSet(serverUrl: string, persons: number, log: (line: string) => void): Promise<DataSet> {
  const label = dataSetLabel(persons);
  const databaseUrls = databaseUrlsFor(serverUrl, `bench_${label}`);
  const loaded = await residentCount(databaseUrls['civil-affairs']);
  if (loaded === persons && (await licenceCount(databaseUrls['e-license'])) > 0) {
    log(`data set: ${persons.toLocaleString('en')} persons already loaded (bench_${label}_*)`);
  } else {
    log(`data set: loading ${persons.toLocaleString('en')} persons into bench_${label}_* (npm run load:scale)…`);
    await loadScale(databaseUrls, persons);
  }
  return { persons, label, databaseUrls };
}

async function residentCount(url: string): Promise<number> {
  return countOrZero(url, 'SELECT count(*) AS n FROM "Resident"');
}

async function licenceCount(url: string): Promise<number> {
  return countOrZero(url, 'SELECT count(*) AS n FROM "Licence"');
}

async function countOrZero(url: string, sql: string): Promise<number> {
  try {
    const db = await openDatabase(url);
    try {
      const [row] = await db.query<{ n: string }>(sql);
      return Number(row?.n ?? 0);
    } finally {
      await db.close();
    }
  } catch {
    return 0; // no database or no table yet: not loaded
  }
}

function loadScale(databaseUrls: Record<DepartmentName, string>, persons: number): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of POPULATED) env[databaseEnvKey(name)] = databaseUrls[name];
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'dist', 'loadScale.js'), '--persons', String(persons), '--fresh'], { env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`load:scale exited with ${code}`))));
  });
}
