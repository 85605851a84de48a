import { FieldStatus } from '../../enums';
import type { FieldReading } from './fieldReadings';
import { isSatisfied, type MaterialReading } from './materialReadings';
import type { Template } from './template';

/**
 * The reform's figures for one prefilled form, in the numbers users feel: fields a clerk
 * still types and materials a citizen still brings, beside what the matters would ask if
 * each were applied for on its own.
 */
export interface PrefillFigures {
  fieldsInForm: number;
  fieldsPrefilled: number;
  fieldsToType: number;
  materialsRequired: number;
  materialsSatisfied: number;
  materialsToBring: number;
  fieldsSeparately: number;
  materialsSeparately: number;
}

export function figuresOf(template: Template, fields: FieldReading[], materials: MaterialReading[]): PrefillFigures {
  const prefilled = fields.filter((f) => f.status === FieldStatus.FILLED).length;
  const required = materials.filter((m) => m.required);
  const satisfied = required.filter((m) => isSatisfied(m.status)).length;
  return {
    fieldsInForm: fields.length,
    fieldsPrefilled: prefilled,
    fieldsToType: fields.length - prefilled,
    materialsRequired: required.length,
    materialsSatisfied: satisfied,
    materialsToBring: required.length - satisfied,
    fieldsSeparately: template.separately.fields,
    materialsSeparately: template.separately.materials,
  };
}
