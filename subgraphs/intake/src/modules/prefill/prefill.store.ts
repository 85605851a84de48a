import type { PrismaClient } from '../../__generated__/prisma/client';
import type { Caller } from '@hub/kit';
import type { FieldReading } from './fieldReadings';
import type { PrefillFigures } from './figures';
import type { MaterialReading } from './materialReadings';
import type { PrefillRequest } from './prefill.request';

/**
 * Records every prefill with its readings and figures, so corrections keep the original
 * value and source, and the aggregate reform figures are counted, not estimated.
 */
export async function recordPrefill(
  prisma: PrismaClient,
  request: PrefillRequest,
  caller: Caller,
  readings: { fields: FieldReading[]; materials: MaterialReading[]; figures: PrefillFigures; gatewayMs: number },
): Promise<{ id: string; createdAt: Date }> {
  const { fields, materials, figures } = readings;
  return prisma.prefill.create({
    data: {
      subjectKind: request.subject.kind,
      subjectCode: request.subject.code,
      matterCode: request.target.kind === 'MATTER' ? request.target.code : null,
      bundleCode: request.target.kind === 'BUNDLE' ? request.target.code : null,
      situations: request.situations,
      caseId: request.caseId,
      callerId: caller.id,
      callerCentre: caller.centre ?? null,
      fieldsTotal: figures.fieldsInForm,
      fieldsPrefilled: figures.fieldsPrefilled,
      materialsRequired: figures.materialsRequired,
      materialsSatisfied: figures.materialsSatisfied,
      gatewayMs: readings.gatewayMs,
      fields: { createMany: { data: fields.map((f) => ({
        key: f.key, value: f.value, status: f.status, department: f.source?.department ?? null, asOf: f.source?.asOf ?? null, itemCode: f.source?.dataItem ?? null,
      })) } },
      materials: { createMany: { data: materials.map((m) => ({
        code: m.code, status: m.status, required: m.required, tolerable: m.tolerated, licenceId: m.licenceId, itemCode: m.dataItem,
      })) } },
    },
    select: { id: true, createdAt: true },
  });
}
