import { existsSync } from 'node:fs';
import { Pool } from 'pg';
import { CHAIN_HASH, databaseUrlFor, openDatabase, verifyDataAccessChain, type ChainAnchor, type Database } from '@hub/kit';
import { DEPARTMENTS } from './departments';

/**
 * npm run audit:verify -- <department> [--database-url URL] [--anchor SEQ:HASH]
 *
 * Walks a department's data-access log (用数留痕) and says whether its hash chain holds:
 * exit 0 with the record count and the head to keep elsewhere, exit 1 naming the first
 * record that was altered or where the chain breaks, exit 2 when it cannot check.
 * The database is the department's own (as `npm start` picks it) unless --database-url
 * says otherwise. An embedded (PGlite) database is checked while its department is stopped.
 */
const USAGE = 'usage: npm run audit:verify -- <department> [--database-url URL] [--anchor SEQ:HASH]';

interface Options {
  department: string;
  databaseUrl: string;
  anchor?: ChainAnchor;
}

export function parseArguments(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Options {
  const [department, ...rest] = argv;
  const names = DEPARTMENTS.map((d) => d.name);
  if (!department || !names.includes(department)) throw new Error(`${USAGE}\ndepartments: ${names.join(', ')}`);
  const options: Options = { department, databaseUrl: databaseUrlFor(department, env) };
  for (let i = 0; i < rest.length; i += 2) {
    const [flag, value] = [rest[i], rest[i + 1]];
    if (!value) throw new Error(`${flag} needs a value\n${USAGE}`);
    if (flag === '--database-url') options.databaseUrl = value;
    else if (flag === '--anchor') options.anchor = parseAnchor(value);
    else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

function parseAnchor(text: string): ChainAnchor {
  const match = /^(\d+):([0-9a-f]{64})$/.exec(text);
  if (!match) throw new Error(`--anchor is SEQ:HASH as printed by an earlier run, e.g. 1234:${'0'.repeat(64)}`);
  return { seq: Number(match[1]), hash: match[2]! };
}

/** Opens the database without creating it: a mistyped URL must not verify an empty log. */
async function openExisting(url: string): Promise<Pick<Database, 'query' | 'close'>> {
  if (url.startsWith('pglite:') && url !== 'pglite:memory' && !existsSync(url.slice('pglite:'.length))) {
    throw new Error(`no embedded database at ${url.slice('pglite:'.length)}`);
  }
  if (!/^postgres(ql)?:\/\//.test(url)) return openDatabase(url);
  const pool = new Pool({ connectionString: url, max: 1 });
  return { query: async <T>(sql: string, params: unknown[] = []) => (await pool.query(sql, params)).rows as T[], close: () => pool.end() };
}

async function main(): Promise<number> {
  const options = parseArguments(process.argv.slice(2));
  const db = await openExisting(options.databaseUrl);
  try {
    const [table] = await db.query(`SELECT to_regclass('"DataAccessRecord"') AS t`);
    if (!table?.t) throw new Error(`no data-access log in that database: is it ${options.department}'s, and migrated?`);
    const verdict = await verifyDataAccessChain(db, options.department, { anchor: options.anchor });
    if (!verdict.ok) {
      console.log(`${options.department}: data-access log ${verdict.problem.toUpperCase()} at record ${verdict.seq}: ${verdict.message} (records verified before it: ${verdict.count})`);
      return 1;
    }
    const head = verdict.head ? `; head ${verdict.head.seq}:${verdict.head.hash} (${CHAIN_HASH}) — keep it elsewhere and pass it as --anchor next time` : '';
    console.log(`${options.department}: data-access log OK, ${verdict.count} records${head}`);
    return 0;
  } finally {
    await db.close();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? err.message : err);
      process.exit(2);
    },
  );
}
