#!/usr/bin/env node
// Generates the typed client in memory and compares it with the committed files: exits 1
// naming each stale file, or with codegen's own error when an operation no longer
// validates against the API schema. Plain Node (codegen's CLI is ESM-heavy; jest runs this
// as a child process).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { generate, loadCodegenConfig } = require('@graphql-codegen/cli');

const root = process.env.CODEGEN_ROOT ?? join(__dirname, '..', '..');
process.chdir(root);
loadCodegenConfig({ configFilePath: join(root, 'codegen.yml') })
  .then(({ config }) => generate({ ...config, silent: true }, false))
  .then((files) => {
    const stale = files.filter((f) => {
      try {
        return readFileSync(join(root, f.filename), 'utf8') !== f.content;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`stale generated client, run npm run codegen:\n${stale.map((f) => f.filename).join('\n')}`);
      process.exit(1);
    }
    console.log(`typed client current (${files.length} files)`);
  })
  .catch((err) => {
    console.error(String(err && err.message ? err.message : err));
    process.exit(1);
  });
