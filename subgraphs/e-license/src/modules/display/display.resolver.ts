import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ELicenseContext } from '../../context';
import { Licence } from '../licence/licence.type';
import { typeRowOf } from '../licence/typeRowOf';
import { displayOf } from './display';
import { LicenceDisplay } from './display.type';

/** 亮证: the licence as its holder shows it to someone else. */
@Resolver(() => Licence)
export class LicenceDisplayResolver {
  @FieldResolver(() => LicenceDisplay, {
    description: 'The licence as shown (亮证): names, ID numbers and addresses partly hidden, with a verification code (亮证码) for a QR code',
  })
  async display(@Root() licence: Licence, @Ctx() ctx: ELicenseContext): Promise<LicenceDisplay> {
    return displayOf(licence, await typeRowOf(licence, ctx));
  }
}
