#!/usr/bin/env node
// Generates every department's Prisma client. `prisma generate` needs no schema engine, but
// tries to download one unless PRISMA_SCHEMA_ENGINE_BINARY names an existing file; offline
// (and on government networks with only an npm mirror) that download is impossible.
const { execFileSync } = require('node:child_process');
const { existsSync, readdirSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..', '..');
const prismaCli = join(root, 'node_modules', 'prisma', 'build', 'index.js');
for (const dept of readdirSync(join(root, 'subgraphs'))) {
  const schema = join(root, 'subgraphs', dept, 'prisma', 'schema.prisma');
  if (!existsSync(schema)) continue;
  execFileSync(process.execPath, [prismaCli, 'generate', '--schema', schema], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  console.log(`prisma client generated for ${dept}`);
}
