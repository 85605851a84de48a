import { MaterialStatus } from '../../enums';
import type { DataItemRecord } from '../catalogue/catalogue.records';
import type { Availability } from './availability';
import { asOfOf, groupData } from './fieldReadings';
import { parsePath, readPath } from './paths';
import { holderSteps } from './plan';
import type { Template, TemplateMaterial } from './template';

/**
 * The materials checklist: each material is met by an e-licence that verifies now (named), by a
 * department's record, by an earlier matter of the same bundle, or must be submitted —
 * with 容缺 (acceptance while missing, on a commitment) allowed or not. What is met is
 * never asked for again.
 */
export interface MaterialReading {
  code: string;
  name: string;
  englishName: string;
  status: MaterialStatus;
  required: boolean;
  tolerated: boolean;
  licenceId: string | null;
  dataItem: string | null;
  producedBy: string | null;
  matters: string[];
  /** Why it must be submitted, in words for the one-time notice (一次性告知). */
  note: string | null;
}

interface LicenceRow {
  id: string;
  status: string;
  validUntil: string | null;
  type: { code: string } | null;
  /** The library's verification now (核验); null when it could not be asked or refused to answer. */
  verification: { result: string } | null;
}

const SATISFIED = new Set<MaterialStatus>([MaterialStatus.SATISFIED_BY_LICENCE, MaterialStatus.SATISFIED_BY_DATA, MaterialStatus.PRODUCED_IN_BUNDLE]);

export function isSatisfied(status: MaterialStatus): boolean {
  return SATISFIED.has(status);
}

type Outcome = Pick<MaterialReading, 'status' | 'licenceId' | 'note'>;

/** Why a held licence does not replace the material, in words for the one-time notice. */
function whyNot(licence: LicenceRow): string {
  if (!licence.verification) return `${licence.status}，未能核验`;
  return licence.verification.result === licence.status ? licence.status : `${licence.status}，核验结果 ${licence.verification.result}`;
}

/**
 * A licence meets the material only if the library verifies it at this moment (seal, content,
 * status and dates: result VALID), not merely because its record says VALID.
 */
function byLicence(item: DataItemRecord, data: Record<string, unknown> | null, availability: Availability): Outcome {
  const steps = [...holderSteps(item), { name: 'licences' }];
  const held = (readPath(groupData(data, item), steps) as LicenceRow[]).filter((l) => l.type?.code === item.licenceTypeCode);
  const verified = held.filter((l) => l.verification?.result === 'VALID').at(-1);
  if (verified) return { status: MaterialStatus.SATISFIED_BY_LICENCE, licenceId: verified.id, note: null };
  if (!held.length && availability.failed(item, steps.map((s) => s.name))) {
    return { status: MaterialStatus.PROVIDER_UNAVAILABLE, licenceId: null, note: `电子证照库暂不可用，未能核验${item.name}` };
  }
  const why = held.length ? `电子证照状态为 ${held.map(whyNot).join('、')}，无核验有效的证照` : '电子证照库无此证照';
  return { status: MaterialStatus.TO_SUBMIT, licenceId: null, note: why };
}

function byData(item: DataItemRecord, data: Record<string, unknown> | null, availability: Availability): Outcome {
  if (asOfOf(data, item)) return { status: MaterialStatus.SATISFIED_BY_DATA, licenceId: null, note: null };
  if (availability.failed(item, parsePath(item.asOfPath).steps.map((s) => s.name))) {
    return { status: MaterialStatus.PROVIDER_UNAVAILABLE, licenceId: null, note: `${item.provider} 暂不可用，未能调取${item.name}` };
  }
  return { status: MaterialStatus.TO_SUBMIT, licenceId: null, note: `共享数据中无${item.name}` };
}

function outcome(material: TemplateMaterial, data: Record<string, unknown> | null, availability: Availability): Outcome {
  if (material.producedBy) return { status: MaterialStatus.PRODUCED_IN_BUNDLE, licenceId: null, note: null };
  if (!material.item) return { status: MaterialStatus.TO_SUBMIT, licenceId: null, note: null };
  if (!material.permitted) return { status: MaterialStatus.TO_SUBMIT, licenceId: null, note: `本事项未获授权使用${material.item.name}` };
  return material.item.method === 'E_LICENCE' ? byLicence(material.item, data, availability) : byData(material.item, data, availability);
}

export function readMaterials(template: Template, data: Record<string, unknown> | null, availability: Availability): MaterialReading[] {
  return template.materials.map((material) => ({
    code: material.code,
    name: material.name,
    englishName: material.englishName,
    required: material.required,
    tolerated: material.tolerable,
    dataItem: material.item?.code ?? null,
    producedBy: material.producedBy,
    matters: material.matters,
    ...outcome(material, data, availability),
  }));
}
