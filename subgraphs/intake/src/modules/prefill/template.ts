import type { FormField } from '../../__generated__/prisma/client';
import type { SubjectKind } from '../../enums';
import type { CatalogueRecords, DataItemRecord, MatterRecord } from '../catalogue/catalogue.records';
import { parsePath, type ParsedPath } from './paths';

/**
 * A form template (表单模板): the fields and materials of one matter, or of a bundle's matters
 * merged (一表申请 — a field or material asked by several matters appears once), for one kind
 * of subject and one set of situations, with every binding resolved and checked against the
 * data-sharing catalogue. Pure: computed from catalogue records only.
 */
export interface TemplateField {
  key: string;
  label: string;
  englishLabel: string;
  options: Record<string, string> | null;
  required: boolean;
  /** The matters that ask this field. */
  matters: string[];
  binding: { item: DataItemRecord; path: ParsedPath } | null;
  /** A bound field is read only when one of its matters declares the item and is one of the item's purposes. */
  permitted: boolean;
}

export interface TemplateMaterial {
  code: string;
  name: string;
  englishName: string;
  required: boolean;
  /** 容缺: acceptable missing, on a commitment, only if every matter requiring it allows that. */
  tolerable: boolean;
  matters: string[];
  item: DataItemRecord | null;
  permitted: boolean;
  /** The matter of the same bundle whose result this material is. */
  producedBy: string | null;
}

export interface Template {
  code: string;
  kind: 'MATTER' | 'BUNDLE';
  subjectKind: SubjectKind;
  matters: MatterRecord[];
  situations: string[];
  fields: TemplateField[];
  materials: TemplateMaterial[];
  /** What the matters ask when each is applied for on its own (the figures before bundling). */
  separately: { fields: number; materials: number };
}

export function compileTemplate(
  records: CatalogueRecords,
  target: { kind: 'MATTER' | 'BUNDLE'; code: string },
  subjectKind: SubjectKind,
  situations: readonly string[],
): Template {
  const matters = target.kind === 'MATTER' ? [matterOf(records, target.code)] : records.bundles.get(target.code)!.matterCodes.map((c) => matterOf(records, c));
  const chosen = new Set(situations);
  const applies = (situation: string | null) => situation === null || chosen.has(situation);
  return {
    code: target.code,
    kind: target.kind,
    subjectKind,
    matters,
    situations: [...chosen].sort(),
    fields: mergeFields(records, matters, subjectKind),
    materials: mergeMaterials(records, matters, subjectKind, applies),
    separately: {
      fields: matters.reduce((n, m) => n + m.fields.length, 0),
      materials: matters.reduce((n, m) => n + m.materials.filter((x) => x.required && applies(x.situationCode)).length, 0),
    },
  };
}

function matterOf(records: CatalogueRecords, code: string): MatterRecord {
  const matter = records.matters.get(code);
  if (!matter) throw new Error(`catalogue: no matter ${code}`);
  return matter;
}

/** True when one of `matters` declares the item and is among its purposes (使用目的). */
function mayRead(item: DataItemRecord, matters: MatterRecord[], subjectKind: SubjectKind): boolean {
  return item.subjectKind === subjectKind && matters.some((m) => m.dataItems.includes(item.code) && item.purposes.includes(m.code));
}

function bindingOf(records: CatalogueRecords, field: FormField, subjectKind: SubjectKind): TemplateField['binding'] {
  const [itemCode, path] = subjectKind === 'PERSON' ? [field.personItem, field.personPath] : [field.entityItem, field.entityPath];
  if (!itemCode || !path) return null;
  const item = records.items.get(itemCode);
  if (!item) throw new Error(`catalogue: field ${field.key} is bound to unknown item ${itemCode}`);
  return { item, path: parsePath(path) };
}

function mergeFields(records: CatalogueRecords, matters: MatterRecord[], subjectKind: SubjectKind): TemplateField[] {
  const merged = new Map<string, TemplateField & { askedBy: MatterRecord[] }>();
  for (const matter of matters) {
    for (const entry of matter.fields) {
      const existing = merged.get(entry.fieldKey);
      if (existing) {
        existing.required ||= entry.required;
        existing.matters.push(matter.code);
        existing.askedBy.push(matter);
        continue;
      }
      const field = records.fields.get(entry.fieldKey);
      if (!field) throw new Error(`catalogue: matter ${matter.code} asks unknown field ${entry.fieldKey}`);
      merged.set(entry.fieldKey, {
        key: field.key, label: field.label, englishLabel: field.englishLabel, options: (field.options as Record<string, string> | null) ?? null,
        required: entry.required, matters: [matter.code], askedBy: [matter], binding: bindingOf(records, field, subjectKind), permitted: false,
      });
    }
  }
  return [...merged.values()].map(({ askedBy, ...field }) => ({ ...field, permitted: field.binding !== null && mayRead(field.binding.item, askedBy, subjectKind) }));
}

function mergeMaterials(
  records: CatalogueRecords,
  matters: MatterRecord[],
  subjectKind: SubjectKind,
  applies: (situation: string | null) => boolean,
): TemplateMaterial[] {
  const merged = new Map<string, TemplateMaterial & { requiredBy: MatterRecord[] }>();
  for (const matter of matters) {
    for (const entry of matter.materials.filter((x) => applies(x.situationCode))) {
      const existing = merged.get(entry.materialCode);
      if (existing) {
        existing.required ||= entry.required;
        existing.tolerable &&= entry.tolerable;
        existing.matters.push(matter.code);
        existing.requiredBy.push(matter);
        continue;
      }
      const kind = records.materials.get(entry.materialCode);
      if (!kind) throw new Error(`catalogue: matter ${matter.code} requires unknown material ${entry.materialCode}`);
      const itemCode = subjectKind === 'PERSON' ? kind.personItem : kind.entityItem;
      const producer = matters.find((m) => m.producesMaterial === kind.code && m.code !== matter.code);
      merged.set(kind.code, {
        code: kind.code, name: kind.name, englishName: kind.englishName, required: entry.required, tolerable: entry.tolerable,
        matters: [matter.code], requiredBy: [matter], item: itemCode ? records.items.get(itemCode) ?? null : null, permitted: false,
        producedBy: producer?.code ?? null,
      });
    }
  }
  return [...merged.values()].map(({ requiredBy, ...material }) => ({ ...material, permitted: material.item !== null && mayRead(material.item, requiredBy, subjectKind) }));
}
