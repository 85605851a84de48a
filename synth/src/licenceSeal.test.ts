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
