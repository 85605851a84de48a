import { parseArgs } from 'node:util';
import { applyMigrations, databaseUrlFor, dropPostgresDatabase, openDatabase } from '@hub/kit';
import { DEMO_SEED, DEPARTMENTS as POPULATED, seedDepartment, type DepartmentName } from '@hub/synth';
import { DEPARTMENTS } from './departments';

/**
 * Loads the synthetic population at scale into every department's PostgreSQL database,
 * all departments at once, with bulk inserts. Prints the time each took.
 *
 *   HUB_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres \
 *     node scripts/dist/loadScale.js --persons 1000000 [--fresh]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      persons: { type: 'string', default: '1000000' },
      seed: { type: 'string', default: DEMO_SEED },
      fresh: { type: 'boolean', default: false },
    },
  });
  const persons = Number(values.persons);
  if (!Number.isInteger(persons) || persons < 1) throw new Error(`--persons must be a positive integer, got ${values.persons}`);
  const env = { ...process.env, HUB_DATABASE_URL: process.env.HUB_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres' };
  const started = Date.now();
  // Only the department systems hold population data; intake loads its catalogue itself.
  const populated = DEPARTMENTS.filter((d) => (POPULATED as readonly string[]).includes(d.name));
  const results = await Promise.all(
    populated.map(async (dept) => {
      const url = databaseUrlFor(dept.name, env);
      if (values.fresh) await dropPostgresDatabase(url);
      const db = await openDatabase(url);
      try {
        const begin = Date.now();
        await applyMigrations(db, dept.definition.migrationsDir);
        const rows = await seedDepartment(db, dept.name as DepartmentName, { persons, seed: values.seed });
        await db.exec('ANALYZE');
        const seconds = (Date.now() - begin) / 1000;
        console.log(`${dept.name.padEnd(16)} ${rows.toLocaleString('en').padStart(12)} rows in ${seconds.toFixed(1)} s  (${url.replace(/\/\/[^@]*@/, '//')})`);
        return rows;
      } finally {
        await db.close();
      }
    }),
  );
  const total = results.reduce((a, b) => a + b, 0);
  console.log(`${persons.toLocaleString('en')} persons: ${total.toLocaleString('en')} rows in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
