import { forbidden, maskIdNumber } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { LicenceUseKind } from '../../enums';
import type { Licence } from '../licence/licence.type';

const WHAT: Record<LicenceUseKind, string> = {
  READ_SURFACE: 'Reading the full surface data (照面信息)',
  VERIFY: 'Verifying as a material (用证核验)',
  EXPORT: 'Exporting the sealed document',
};

/**
 * 用证授权: reading a licence's full surface data, verifying it as a material or exporting it
 * needs the holder themself (a citizen), a department system granted this library, or a
 * purpose grant — an open case or the holder's authorisation — that covers the holder and
 * the licence's type. A use under a grant is recorded before anything is served.
 */
export async function useLicence(licence: Licence, kind: LicenceUseKind, ctx: ELicenseContext): Promise<void> {
  const scope = ctx.access.scopeFor(licence.holderCode);
  const purpose = ctx.access.describe();
  if ('refusal' in scope) {
    throw forbidden(`${WHAT[kind]} of licence ${licence.id} of ${maskIdNumber(licence.holderCode)} refused: ${scope.refusal}`, { reason: scope.reason, purpose });
  }
  if (scope.licenceTypes !== 'ALL' && !scope.licenceTypes.has(licence.typeCode)) {
    const type = await ctx.data.licenceType.load(licence.typeCode);
    const covered = [...scope.licenceTypes].join(', ') || 'no licence type';
    throw forbidden(
      `${WHAT[kind]} of a ${type?.name ?? licence.typeCode} (${licence.typeCode}) needs the holder’s authorisation (用证授权) or an open case that covers this licence type; ${purpose} covers ${covered}`,
      { reason: 'LICENCE_TYPE_NOT_AUTHORISED', licenceType: licence.typeCode, purpose },
    );
  }
  const grant = ctx.access.grant;
  if (grant) await ctx.data.uses.record(licence, kind, grant);
}
