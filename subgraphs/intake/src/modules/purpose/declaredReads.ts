import { grantPath } from '@hub/kit';
import type { CatalogueRecords } from '../catalogue/catalogue.records';

/** What a purpose grant for some matters lets a department serve. */
export interface DeclaredReads {
  paths: string[];
  licenceTypes: string[];
  /** The departments that handle the matters: their approvers may use the grant. */
  departments: string[];
}

const LEGAL_REPRESENTATIVE = 'marketEntity.legalRepresentative.';

/**
 * The reads the matters declare (数据共享清单): for each matter, the items it declares that
 * also list it as a purpose — their field paths, as-of paths and licence types. A path through
 * an entity's legal representative is also granted from that person, since the departments
 * that hold a person's data see the person, not the entity the gateway came from.
 */
export function declaredReads(records: CatalogueRecords, matterCodes: readonly string[]): DeclaredReads {
  const paths = new Set<string>();
  const licenceTypes = new Set<string>();
  const departments = new Set<string>();
  for (const code of matterCodes) {
    const matter = records.matters.get(code);
    if (!matter) continue;
    departments.add(matter.department);
    for (const itemCode of matter.dataItems) {
      const item = records.items.get(itemCode);
      if (!item || !item.purposes.includes(code)) continue;
      for (const field of [...item.fields, item.asOfPath]) {
        for (const path of [grantPath(field), ...filterPaths(field)]) {
          paths.add(path);
          if (path.startsWith(LEGAL_REPRESENTATIVE)) paths.add(`person.${path.slice(LEGAL_REPRESENTATIVE.length)}`);
        }
      }
      if (item.licenceTypeCode) licenceTypes.add(item.licenceTypeCode);
    }
  }
  return { paths: [...paths].sort(), licenceTypes: [...licenceTypes].sort(), departments: [...departments].sort() };
}

/**
 * The fields a list filter reads: `person.benefits[status=ACTIVE].kind` reads each benefit's
 * status to keep the active ones, so `person.benefits.status` is part of the item.
 */
export function filterPaths(catalogueField: string): string[] {
  const found: string[] = [];
  for (const match of catalogueField.matchAll(/\[(\w+)=[^\]]*\]/g)) {
    found.push(`${grantPath(catalogueField.slice(0, match.index))}.${match[1]}`);
  }
  return found;
}

/** The matters of a matter or a bundle. */
export function mattersOf(records: CatalogueRecords, target: { matterCode: string | null; bundleCode: string | null }): string[] {
  if (target.matterCode) return [target.matterCode];
  return target.bundleCode ? (records.bundles.get(target.bundleCode)?.matterCodes ?? []) : [];
}
