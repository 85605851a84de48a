import { badUserInput, forbidden, type Caller } from '@hub/kit';
import type { FieldCorrection as CorrectionRow, PrefillField, PrismaClient } from '../../__generated__/prisma/client';
import type { CatalogueRecords } from '../catalogue/catalogue.records';
import type { FieldCorrection } from './correction.type';
import { isRecordId } from '../../recordIds';


export interface CorrectionArgs {
  prefillId: string;
  key: string;
  value: string;
  reason: string;
}

export function requirePrefillId(value: string, field = 'prefillId'): string {
  if (!isRecordId(value.trim())) throw badUserInput(field, 'a prefill identifier is a UUID');
  return value.trim().toLowerCase();
}

function checked(args: CorrectionArgs): CorrectionArgs {
  const reason = args.reason.trim();
  if (!reason || reason.length > 500) throw badUserInput('reason', 'say why, in 1–500 characters');
  if (args.value.length > 1000) throw badUserInput('value', 'at most 1000 characters');
  return { prefillId: requirePrefillId(args.prefillId), key: args.key.trim(), value: args.value, reason };
}

export function correctionFrom(row: CorrectionRow, original: PrefillField, records: CatalogueRecords): FieldCorrection {
  const item = original.itemCode ? records.items.get(original.itemCode) : undefined;
  return {
    id: row.id, prefillId: row.prefillId, key: row.fieldKey, value: row.value, reason: row.reason, correctedBy: row.correctedBy, correctedAt: row.correctedAt,
    original: {
      value: original.value,
      status: original.status,
      source: original.department && original.itemCode
        ? { department: original.department, dataItem: original.itemCode, dataItemName: item?.name ?? original.itemCode, asOf: original.asOf }
        : null,
    },
  };
}

/** Prefilled values are personal data: only window clerks see or correct them here. */
export function requireClerk(caller: Caller, what: string): void {
  if (caller.role !== 'CLERK') throw forbidden(`only a window clerk may ${what}`, { role: caller.role });
}

/** Records a clerk's correction; the prefilled row is never changed, so the original stays. */
export async function correctField(prisma: PrismaClient, caller: Caller, args: CorrectionArgs): Promise<{ row: CorrectionRow; original: PrefillField }> {
  requireClerk(caller, 'correct a prefilled field');
  const input = checked(args);
  const original = await prisma.prefillField.findUnique({ where: { prefillId_key: { prefillId: input.prefillId, key: input.key } } });
  if (!original) {
    const prefill = await prisma.prefill.findUnique({ where: { id: input.prefillId }, select: { id: true } });
    throw prefill ? badUserInput('key', `the prefill has no field ${input.key}`) : badUserInput('prefillId', 'no such prefill');
  }
  const row = await prisma.fieldCorrection.create({
    data: { prefillId: input.prefillId, fieldKey: input.key, value: input.value, reason: input.reason, correctedBy: caller.id },
  });
  return { row, original };
}
