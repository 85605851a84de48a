import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkSeal, type LicenceSeal, type PublishedIssuerKey } from '@hub/kit';
import { generateDepartment } from './index';
import { contentOf, type SealableRow } from './licences/seal';

/** The synthetic library is sealed by its issuers: every licence's seal verifies with the keys it publishes. */
describe('sealed e-licences', () => {
  const tables = new Map(generateDepartment('e-license', { persons: 600, seed: 'seals' }).map((t) => [t.table, t]));
  const rowsOf = (table: string) => {
    const t = tables.get(table)!;
    return t.rows.map((cells) => Object.fromEntries(t.columns.map((c, i) => [c.name, cells[i]])) as Record<string, unknown>);
  };
  const keys = new Map(rowsOf('IssuerKey').map((k) => [k.keyId as string, { ...k, retiredAt: null } as unknown as PublishedIssuerKey]));

  it('publishes one key per issuing organ and seals every licence with its issuer’s', () => {
    const licences = rowsOf('Licence');
    expect(licences.length).toBeGreaterThan(1000);
    for (const row of licences) {
      const seal: LicenceSeal = {
        algorithm: 'SM2-SM3', keyId: row.sealKeyId as string, issuerCode: row.issuerCode as string, signedAt: row.sealSignedAt as string,
        contentDigest: row.sealDigest as string, signature: row.sealSignature as string,
      };
      // A row as the database returns it: the surface data went through JSON.
      const content = contentOf({ ...(row as unknown as SealableRow), surfaceData: JSON.parse(JSON.stringify(row.surfaceData)) as SealableRow['surfaceData'] });
      expect({ id: row.id, outcome: checkSeal(content, seal, keys.get(seal.keyId) ?? null).outcome }).toEqual({ id: row.id, outcome: 'VALID' });
    }
    expect(new Set(licences.map((l) => l.issuerCode)).size).toBeLessThanOrEqual(keys.size);
  });

  it('keeps each licence’s history: its issue, and how it ended when it has', () => {
    const events = rowsOf('LicenceEvent');
    const licences = rowsOf('Licence');
    expect(events.filter((e) => e.kind === 'ISSUED')).toHaveLength(licences.length);
    const ended = licences.filter((l) => l.status !== 'VALID');
    expect(events.filter((e) => e.kind !== 'ISSUED').map((e) => `${e.licenceId}:${e.kind}`).sort()).toEqual(ended.map((l) => `${l.id}:${l.status}`).sort());
  });
});

/**
 * At scale the seals are made on worker threads (licences/sealPool.ts), which need the
 * compiled worker: run as the loader does, from dist (built by `npm test` first).
 */
const DIST = join(__dirname, '..', 'dist');
(existsSync(join(DIST, 'licences', 'sealWorker.js')) ? describe : describe.skip)('sealing on worker threads', () => {
  it('gives exactly the rows sealed in one thread', () => {
    const script = `
      const { forEachChunk, generateDepartment } = require(${JSON.stringify(DIST)});
      const options = { persons: 800, seed: 'workers' };
      const rows = [];
      forEachChunk('e-license', { ...options, chunkHouseholds: 53, workers: 2 }, (tables) => { rows.push(tables.find((t) => t.table === 'Licence').rows); })
        .then(() => {
          const whole = generateDepartment('e-license', options).find((t) => t.table === 'Licence').rows;
          console.log(JSON.stringify({ same: JSON.stringify(rows.flat()) === JSON.stringify(whole), licences: whole.length }));
        });`;
    const result = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { same: boolean; licences: number };
    expect(result).toEqual({ same: true, licences: expect.any(Number) });
    expect(result.licences).toBeGreaterThan(1000);
  }, 60_000);
});
