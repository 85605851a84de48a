import { badUserInput, licenceToday, makeLicenceId, requireLicenceId, type LicenceContent } from '@hub/kit';
import type { Licence as LicenceRow } from '../../__generated__/prisma/client';
import type { ELicenseContext } from '../../context';
import { SurfaceValueType } from '../../enums';
import { licenceContentOf } from '../licence/licenceContent';
import { licenceFromRow } from '../licence/licence.mapper';
import { surfaceFieldsOf } from '../licenceType/licenceType.mapper';
import { requireLicenceType, requireSigningKey, requireText, validityOf } from './draftChecks';
import { issuedLicenceOf } from './issuedLicence';
import type { IssuedLicence } from './issuedLicence.type';
import { requireCaseId, requireMayIssue } from './issuingRights';
import type { CarriedPermitInput, RenewLicenceInput } from './lifecycle.inputs';
import { checkedSurfaceData } from './surfaceCheck';

export async function heldLicenceRow(id: string, ctx: ELicenseContext): Promise<LicenceRow> {
  const row = await ctx.data.licence.load(requireLicenceId(id.trim().toUpperCase(), 'id'));
  if (!row) throw badUserInput('id', 'the library holds no such licence');
  return row;
}

/** The permits a licence carries now, as input for its renewal. */
function carriedPermits(surface: Record<string, unknown>, key: string | undefined): CarriedPermitInput[] | null {
  const list = key ? surface[key] : undefined;
  if (!Array.isArray(list)) return null;
  return list.map((p: Record<string, unknown>) => ({ name: String(p['名称'] ?? ''), number: String(p['编号'] ?? ''), validUntil: String(p['有效期至'] ?? '') }));
}

/**
 * Renews a licence (换发/延续): the next version of its identifier, sealed anew, with the new
 * validity and any changed surface items; the old version is CANCELLED and points to the new
 * one (SUPERSEDED in its history), in the same transaction.
 */
export async function renewLicence(id: string, input: RenewLicenceInput, ctx: ELicenseContext): Promise<IssuedLicence> {
  const old = licenceFromRow(await heldLicenceRow(id, ctx));
  const type = await requireLicenceType(old.typeCode, ctx, 'id');
  const caseId = requireCaseId(input.caseId, 'input.caseId');
  requireMayIssue(ctx, type, caseId);
  if (old.supersededBy || !['VALID', 'EXPIRED'].includes(old.recordedStatus)) {
    throw badUserInput('id', `a ${old.supersededBy ? `licence already renewed as ${old.supersededBy}` : `${old.recordedStatus} licence`} cannot be renewed`);
  }
  const version = Number(old.version) + 1;
  if (version > 999) throw badUserInput('id', 'the licence has reached its last version (999)');
  const [, , , , , , , serial] = old.id.split('.');
  const newId = makeLicenceId({ typeCode: old.typeCode, issuerCode: old.issuerCode, serial: serial!, version: String(version).padStart(3, '0') });
  const permitKey = surfaceFieldsOf(type).find((f) => f.valueType === SurfaceValueType.PERMIT_LIST)?.key;
  const surface = { ...old.surfaceDataValue, ...(input.surfaceChanges ?? {}) };
  const content: LicenceContent = {
    ...licenceContentOf(old, type.name),
    id: newId,
    number: input.number ? requireText(input.number, 'input.number', 100) : old.number,
    ...validityOf(null, input.validFrom ?? new Date(`${licenceToday()}T00:00:00Z`), input.validUntil, 'input'),
    surfaceData: checkedSurfaceData(type, surface, input.permits ?? carriedPermits(old.surfaceDataValue, permitKey), 'input.surfaceChanges'),
  };
  const signing = requireSigningKey(ctx, old.issuerCode, old.issuerName);
  const change = { kind: 'SUPERSEDED' as const, caseId, reason: `renewed as ${newId}`, relatedLicenceId: newId };
  const { row, seal } = await ctx.data.lifecycle.issue(content, signing, ctx, { kind: 'RENEWED', caseId, reason: null, relatedLicenceId: old.id }, async (tx, at) => {
    if (!(await ctx.data.lifecycle.end(tx, old.id, 'CANCELLED', ctx, change, at, newId))) throw badUserInput('id', 'the licence changed meanwhile and can no longer be renewed');
  });
  return issuedLicenceOf(row, seal, old.id);
}
