import type { FormField, MaterialKind } from '../../__generated__/prisma/client';
import { CaseType, SubjectKind } from '../../enums';
import { compileTemplate, type TemplateField, type TemplateMaterial } from '../prefill/template';
import type { BundleRecord, CatalogueRecords, DataItemRecord, MatterRecord } from './catalogue.records';
import type { LifeEventBundle } from './bundle.type';
import type { DataSharingItem } from './dataItem.type';
import type { FieldBinding, FieldOption, FormFieldDefinition } from './formField.type';
import type { MaterialRequirement, Matter } from './matter.type';

/** Catalogue records → the published GraphQL shapes. */
export function dataItemFrom(item: DataItemRecord): DataSharingItem {
  return { ...item, licenceTypeCode: item.licenceTypeCode };
}

function optionsOf(options: unknown): FieldOption[] {
  return Object.entries((options ?? {}) as Record<string, string>).map(([value, label]) => ({ value, label }));
}

function bindingOf(field: FormField, kind: SubjectKind): FieldBinding | null {
  const [dataItem, path] = kind === SubjectKind.PERSON ? [field.personItem, field.personPath] : [field.entityItem, field.entityPath];
  return dataItem && path ? { dataItem, path } : null;
}

function fieldFrom(field: TemplateField, definition: FormField, kind: SubjectKind): FormFieldDefinition {
  return { key: field.key, label: field.label, englishLabel: field.englishLabel, required: field.required, options: optionsOf(field.options),
    binding: bindingOf(definition, kind), matters: field.matters };
}

function materialFrom(kind: MaterialKind, entry: { required: boolean; tolerable: boolean; situation: string | null }, item: DataItemRecord | null): MaterialRequirement {
  return { code: kind.code, name: kind.name, englishName: kind.englishName, ...entry, replaceableBy: item ? dataItemFrom(item) : null };
}

function itemFor(records: CatalogueRecords, kind: MaterialKind, subject: SubjectKind): DataItemRecord | null {
  const code = subject === SubjectKind.PERSON ? kind.personItem : kind.entityItem;
  return code ? records.items.get(code) ?? null : null;
}

export function matterFrom(records: CatalogueRecords, matter: MatterRecord): Matter {
  const template = compileTemplate(records, { kind: 'MATTER', code: matter.code }, matter.applicantType, []);
  return {
    ...matter,
    formFields: template.fields.map((f) => fieldFrom(f, records.fields.get(f.key)!, matter.applicantType)),
    materials: matter.materials.map((m) => {
      const kind = records.materials.get(m.materialCode)!;
      return materialFrom(kind, { required: m.required, tolerable: m.tolerable, situation: m.situationCode }, itemFor(records, kind, matter.applicantType));
    }),
    dataItems: matter.dataItems.map((code) => records.items.get(code)).filter((i): i is DataItemRecord => !!i).map(dataItemFrom),
  };
}

function bundleMaterialFrom(records: CatalogueRecords, m: TemplateMaterial): MaterialRequirement {
  return materialFrom(records.materials.get(m.code)!, { required: m.required, tolerable: m.tolerable, situation: null }, m.item);
}

export function bundleFrom(records: CatalogueRecords, bundle: BundleRecord): LifeEventBundle {
  const template = compileTemplate(records, { kind: 'BUNDLE', code: bundle.code }, bundle.subjectKind, []);
  return {
    ...bundle,
    caseType: CaseType.JOINT,
    matters: template.matters.map((m) => matterFrom(records, m)),
    departments: [...new Set(template.matters.map((m) => m.department))],
    formFields: template.fields.map((f) => fieldFrom(f, records.fields.get(f.key)!, bundle.subjectKind)),
    materials: template.materials.map((m) => bundleMaterialFrom(records, m)),
  };
}
