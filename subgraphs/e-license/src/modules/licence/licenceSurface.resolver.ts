import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { JSONObject, licenceDocument, type LicenceDocument } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { LicenceUseKind } from '../../enums';
import { useLicence } from '../licenceUse/licenceAccess';
import { licenceContentOf } from './licenceContent';
import { Licence } from './licence.type';
import { typeRowOf } from './typeRowOf';

/** The licence's full data: its surface data, and the sealed document — both a use of the licence (用证). */
@Resolver(() => Licence)
export class LicenceSurfaceResolver {
  @FieldResolver(() => JSONObject, {
    description:
      'Surface data (照面信息): the items printed on the licence, keyed as in its type’s surfaceFields. Only for the holder, a department system, or a case or authorisation covering the licence’s type (用证授权); under one, recorded as a use',
  })
  async surfaceData(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<Record<string, unknown>> {
    await useLicence(licence, LicenceUseKind.READ_SURFACE, ctx);
    return licence.surfaceDataValue;
  }

  @FieldResolver(() => JSONObject, {
    nullable: true,
    description:
      'The licence as a self-contained document { format, licence, seal } for offline verification (npm run licence:verify, or verifyLicenceDocument); null when it was never sealed. Same rule as surfaceData',
  })
  async document(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceDocument | null> {
    if (!licence.storedSeal) return null;
    await useLicence(licence, LicenceUseKind.EXPORT, ctx);
    return licenceDocument(licenceContentOf(licence, (await typeRowOf(licence, ctx)).name), licence.storedSeal);
  }
}
