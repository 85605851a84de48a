import { Arg, Query, Resolver } from 'type-graphql';
import { requireCitizenId, requireCreditCode } from '@hub/kit';
import { MarketEntity, marketEntityRef, Person, personRef } from './applicant.type';

/**
 * The applicant at the window (申请人) as an entity reference that every department fills
 * with what it holds. Unlike `person`, which civil affairs answers (null when it does not
 * know the person, and nothing at all when it is down), this asks each department on its
 * own: a department that is down or holds nothing empties only its own fields. Intake's
 * prefill queries start here; nothing is read by intake itself.
 */
@Resolver()
export class ApplicantResolver {
  @Query(() => Person, { nullable: true, description: 'The applicant as a person (申请人), by citizen ID number: each department adds what it holds, independently of the others' })
  applicantPerson(@Arg('idNumber', () => String, { description: 'Citizen ID number (公民身份号码)' }) idNumber: string): Person {
    return personRef(requireCitizenId(idNumber, 'idNumber'));
  }

  @Query(() => MarketEntity, { nullable: true, description: 'The applicant as a market entity (申请主体), by unified social credit code; null when market regulation has not registered it' })
  applicantEntity(@Arg('creditCode', () => String, { description: 'Unified social credit code (统一社会信用代码)' }) creditCode: string): MarketEntity {
    return marketEntityRef(requireCreditCode(creditCode, 'creditCode'));
  }
}
