import { FieldStatus } from '../../enums';
import type { DataItemRecord } from '../catalogue/catalogue.records';
import type { Availability } from './availability';
import { parsePath, readPath, type PathStep } from './paths';
import { aliasOf } from './plan';
import type { Template, TemplateField } from './template';

/** Where a value came from (来源): the providing department, its item and the record's as-of time. */
export interface Provenance {
  department: string;
  dataItem: string;
  dataItemName: string;
  /** The department's own record time (asOf / registryAsOf); null when nothing came back. */
  asOf: Date | null;
}

export interface FieldReading {
  key: string;
  label: string;
  englishLabel: string;
  value: string | null;
  displayValue: string | null;
  status: FieldStatus;
  source: Provenance | null;
  required: boolean;
  matters: string[];
}

/** Several values (through a list) are joined the way forms write lists. */
export const LIST_SEPARATOR = '、';

/** The subject's object in one department's alias of the gateway's answer. */
export function groupData(data: Record<string, unknown> | null, item: DataItemRecord): unknown {
  return data?.[aliasOf(item.provider)] ?? null;
}

/** The latest as-of time found at the item's asOfPath, or null. */
export function asOfOf(data: Record<string, unknown> | null, item: DataItemRecord): Date | null {
  const times = readPath(groupData(data, item), parsePath(item.asOfPath).steps)
    .map((t) => new Date(String(t)))
    .filter((t) => !Number.isNaN(t.getTime()));
  return times.length ? new Date(Math.max(...times.map((t) => t.getTime()))) : null;
}

function text(values: unknown[], options: Record<string, string> | null): { value: string; display: string } {
  const unique = [...new Set(values.map(String))];
  return { value: unique.join(LIST_SEPARATOR), display: unique.map((v) => options?.[v] ?? v).join(LIST_SEPARATOR) };
}

const stepNames = (steps: readonly PathStep[]) => steps.map((s) => s.name);

export function readField(field: TemplateField, data: Record<string, unknown> | null, availability: Availability): FieldReading {
  const base = { key: field.key, label: field.label, englishLabel: field.englishLabel, required: field.required, matters: field.matters };
  const empty = { ...base, value: null, displayValue: null };
  if (!field.binding) return { ...empty, status: FieldStatus.ASKED, source: null };
  const { item, path } = field.binding;
  const source: Provenance = { department: item.provider, dataItem: item.code, dataItemName: item.name, asOf: null };
  if (!field.permitted) return { ...empty, status: FieldStatus.NOT_PERMITTED, source };
  const values = readPath(groupData(data, item), path.steps);
  if (values.length) {
    const { value, display } = text(values, field.options);
    return { ...base, value, displayValue: display, status: FieldStatus.FILLED, source: { ...source, asOf: asOfOf(data, item) } };
  }
  const status = availability.failed(item, stepNames(path.steps)) ? FieldStatus.PROVIDER_UNAVAILABLE : FieldStatus.NOT_HELD;
  return { ...empty, status, source };
}

export function readFields(template: Template, data: Record<string, unknown> | null, availability: Availability): FieldReading[] {
  return template.fields.map((field) => readField(field, data, availability));
}
