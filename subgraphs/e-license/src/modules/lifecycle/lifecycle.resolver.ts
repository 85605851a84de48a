import { Arg, Ctx, Int, Mutation, Resolver } from 'type-graphql';
import { CalendarDate } from '@hub/kit';
import type { ELicenseContext } from '../../context';
import { LicenceEnding } from '../../enums';
import { endLicence, expireLicences } from './endLicence';
import { IssuedLicence, LicenceStatusChange } from './issuedLicence.type';
import { issueLicence } from './issueLicence';
import { IssueLicenceInput, RenewLicenceInput } from './lifecycle.inputs';
import { renewLicence } from './renewLicence';

/**
 * The issuing API of the case flow: issue, renew, end, expire. Callable by an approver of the
 * licence type's issuing department (LicenceType.hubDepartment) or a department system
 * granted e-license:issue; each change is sealed (issue, renew) and kept in the history.
 */
@Resolver()
export class LifecycleResolver {
  @Mutation(() => IssuedLicence, { description: 'Issues a licence as the result of a case (办件结果), sealed by its issuer; an industry comprehensive licence carries its permits (一证制)' })
  issueLicence(@Arg('input', () => IssueLicenceInput) input: IssueLicenceInput, @Ctx() ctx: ELicenseContext): Promise<IssuedLicence> {
    return issueLicence(input, ctx);
  }

  @Mutation(() => IssuedLicence, { description: 'Renews a licence (换发/延续): its next version, sealed anew; the old version is CANCELLED and points to it' })
  renewLicence(
    @Arg('id', () => String, { description: 'The licence to renew' }) id: string,
    @Arg('input', () => RenewLicenceInput) input: RenewLicenceInput,
    @Ctx() ctx: ELicenseContext,
  ): Promise<IssuedLicence> {
    return renewLicence(id, input, ctx);
  }

  @Mutation(() => LicenceStatusChange, { description: 'Ends a licence before its validity runs out: revoke (撤销), cancel (注销) or withdraw (吊销), with the reason' })
  revokeLicence(
    @Arg('id', () => String, { description: 'The licence' }) id: string,
    @Arg('reason', () => String, { description: 'Why, 1–500 characters; kept in its history and shown by verification' }) reason: string,
    @Arg('ending', () => LicenceEnding, { defaultValue: LicenceEnding.REVOKED, description: 'How it ends' }) ending: LicenceEnding,
    @Arg('caseId', () => String, { nullable: true, description: 'The case, if the decision was taken in one' }) caseId: string | null | undefined,
    @Ctx() ctx: ELicenseContext,
  ): Promise<LicenceStatusChange> {
    return endLicence(id, ending, reason, caseId, ctx);
  }

  @Mutation(() => Int, { description: 'Marks every licence past its last valid day EXPIRED (失效), with its history; the daily job of a department system. Returns how many' })
  expireLicences(
    @Arg('today', () => CalendarDate, { nullable: true, description: 'The date to judge by; today in China by default' }) today: Date | null | undefined,
    @Ctx() ctx: ELicenseContext,
  ): Promise<number> {
    return expireLicences(today, ctx);
  }
}
