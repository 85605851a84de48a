import type { PrismaClient } from '../../__generated__/prisma/client';
import type { CatalogueRecords } from './catalogue.records';

const byPosition = <T extends { position: number }>(rows: T[]): T[] => [...rows].sort((a, b) => a.position - b.position);

/** Reads the catalogue tables: the version stamp (one statement) and everything (a handful). */
export class CatalogueService {
  constructor(private readonly prisma: PrismaClient) {}

  /**
   * Changes when the catalogue does: the latest update of a parent row plus the number of
   * rows of every catalogue table (an edit of a matter's children touches the matter).
   */
  async version(): Promise<string> {
    const [row] = await this.prisma.$queryRawUnsafe<Array<{ version: string }>>(`SELECT concat_ws('|',
      (SELECT max("updatedAt") FROM "Matter"), (SELECT max("updatedAt") FROM "DataItem"), (SELECT max("updatedAt") FROM "FormField"),
      (SELECT max("updatedAt") FROM "MaterialKind"), (SELECT max("updatedAt") FROM "LifeEventBundle"),
      (SELECT count(*) FROM "MatterMaterial") + (SELECT count(*) FROM "MatterField") + (SELECT count(*) FROM "MatterDataItem")
        + (SELECT count(*) FROM "DataItemPurpose") + (SELECT count(*) FROM "BundleMatter") + (SELECT count(*) FROM "MatterSituation")) AS version`);
    return row?.version ?? '';
  }

  async loadAll(): Promise<CatalogueRecords> {
    const [matters, items, fields, materials, bundles] = await Promise.all([
      this.prisma.matter.findMany({ orderBy: { code: 'asc' }, include: { situations: true, materials: true, fields: true, dataItems: true } }),
      this.prisma.dataItem.findMany({ orderBy: { code: 'asc' }, include: { purposes: true } }),
      this.prisma.formField.findMany({ orderBy: { key: 'asc' } }),
      this.prisma.materialKind.findMany({ orderBy: { code: 'asc' } }),
      this.prisma.lifeEventBundle.findMany({ orderBy: { code: 'asc' }, include: { matters: true } }),
    ]);
    return {
      matters: new Map(matters.map((m) => [m.code, {
        ...m, materials: byPosition(m.materials), fields: byPosition(m.fields), dataItems: m.dataItems.map((d) => d.itemCode),
        situations: [...m.situations].sort((a, b) => a.code.localeCompare(b.code)),
      }])),
      items: new Map(items.map((i) => [i.code, { ...i, purposes: i.purposes.map((p) => p.matterCode).sort() }])),
      fields: new Map(fields.map((f) => [f.key, f])),
      materials: new Map(materials.map((m) => [m.code, m])),
      bundles: new Map(bundles.map((b) => [b.code, { ...b, matterCodes: byPosition(b.matters).map((m) => m.matterCode) }])),
    };
  }
}
