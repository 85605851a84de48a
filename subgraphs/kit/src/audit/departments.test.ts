import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Each of the four department systems keeps its log in a table of its own database, made
 * by its own migration; the kit writes and verifies all of them with one implementation,
 * so the four migrations and Prisma models must stay the same.
 */
const SUBGRAPHS = join(__dirname, '..', '..', '..');
const DEPARTMENTS = ['civil-affairs', 'social-security', 'market-access', 'e-license'];
const MIGRATION = join('prisma', 'migrations', '20261123100000_data_access_log', 'migration.sql');

const read = (dept: string, path: string) => readFileSync(join(SUBGRAPHS, dept, path), 'utf8');
const model = (schema: string) => /\n(\/\/\/[^\n]*\n)*model DataAccessRecord \{[^}]*\}/.exec(schema)?.[0];

it('every department creates the same data-access table and declares the same model', () => {
  const [first, ...others] = DEPARTMENTS;
  for (const dept of others) {
    expect(read(dept, MIGRATION)).toBe(read(first!, MIGRATION));
    expect(model(read(dept, 'prisma/schema.prisma'))).toBe(model(read(first!, 'prisma/schema.prisma')));
  }
  expect(model(read(first!, 'prisma/schema.prisma'))).toContain('hash ');
});
