import { badUserInput, makeLicenceId, requireCitizenId, requireCreditCode, type LicenceContent } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { HolderCodeType } from '../../enums';
import { requireJurisdiction, requireLicenceType, requireSigningKey, requireText, serialOf, validityOf } from './draftChecks';
import { issuedLicenceOf } from './issuedLicence';
import type { IssuedLicence } from './issuedLicence.type';
import { requireCaseId, requireMayIssue } from './issuingRights';
import type { IssueLicenceInput } from './lifecycle.inputs';
import { checkedSurfaceData } from './surfaceCheck';

/**
 * Issues a licence as the result of a case (办件结果): checks who may, the holder, the issuer
 * and the surface data against the catalogue, seals it with the issuer's key and stores it
 * with its ISSUED event. Version 001 of a new identifier; a licence that exists is renewed,
 * not issued again.
 */
export async function issueLicence(input: IssueLicenceInput, ctx: ELicenseContext): Promise<IssuedLicence> {
  const type = await requireLicenceType(input.typeCode, ctx);
  const caseId = requireCaseId(input.caseId, 'input.caseId');
  requireMayIssue(ctx, type, caseId);
  const byPerson = type.holderCodeType === HolderCodeType.CITIZEN_ID;
  const holderCode = byPerson ? requireCitizenId(input.holderCode.trim().toUpperCase(), 'input.holderCode') : requireCreditCode(input.holderCode.trim().toUpperCase(), 'input.holderCode');
  const issuerCode = requireCreditCode(input.issuerCode.trim().toUpperCase(), 'input.issuerCode');
  const issuerName = requireText(input.issuerName, 'input.issuerName');
  const number = requireText(input.number, 'input.number', 100);
  const id = makeLicenceId({ typeCode: type.code, issuerCode, serial: serialOf(input.serial, number), version: '001' });
  const content: LicenceContent = {
    id, name: type.name, typeCode: type.code, number,
    holder: { name: requireText(input.holderName, 'input.holderName'), code: holderCode, codeType: byPerson ? '111' : '001' },
    issuer: { name: issuerName, code: issuerCode },
    ...validityOf(input.issuedOn, input.validFrom, input.validUntil),
    jurisdiction: requireJurisdiction(input.jurisdiction),
    surfaceData: checkedSurfaceData(type, input.surfaceData, input.permits),
  };
  if (await ctx.data.lifecycle.exists(id)) throw badUserInput('input.serial', `licence ${id} exists already: renew it (renewLicence) rather than issue it again`);
  const signing = requireSigningKey(ctx, issuerCode, issuerName);
  const { row, seal } = await ctx.data.lifecycle.issue(content, signing, ctx, { kind: 'ISSUED', caseId, reason: null, relatedLicenceId: null });
  return issuedLicenceOf(row, seal, null);
}
