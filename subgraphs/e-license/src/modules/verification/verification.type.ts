import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { LicenceStatus, LicenceVerificationResult } from '../../enums';
import { LicenceDisplay } from '../display/display.type';
import type { Verdict } from './verdict';

@ObjectType({ description: 'The outcome of verifying a licence (核验结果), checked when asked' })
export class LicenceVerification {
  @Field(() => LicenceVerificationResult, { description: 'VALID, or precisely why not' })
  result!: LicenceVerificationResult;

  @Field(() => Boolean, { description: 'True exactly when result is VALID' })
  valid!: boolean;

  @Field(() => String, { description: 'Why, in words: who sealed it, and what is wrong if anything' })
  reason!: string;

  @Field(() => String, { description: 'The licence identifier verified' })
  licenceId!: string;

  @Field(() => String, { nullable: true, description: 'The issuer key the seal names; null when there is no seal' })
  keyId!: string | null;

  @Field(() => String, { description: 'Credit code of the issuer whose seal it carries (or claims)' })
  issuerCode!: string;

  @Field(() => String, { nullable: true, description: 'The issuer, as its published key names it; null when the key is unknown' })
  issuerName!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When it was sealed' })
  signedAt!: Date | null;

  @Field(() => LicenceStatus, { nullable: true, description: 'Its status in the library now; null when the seal is not genuine or the library holds no such licence' })
  status!: LicenceStatus | null;

  @Field(() => String, { nullable: true, description: 'The renewal that replaced it, if one did' })
  supersededBy!: string | null;

  @Field(() => DateTimeISO, { description: 'When it was checked' })
  checkedAt!: Date;

  @Field(() => LicenceDisplay, { nullable: true, description: 'The licence as shown (亮证, masked): answered by verifyLicenceCode for a genuine code; null elsewhere' })
  display!: LicenceDisplay | null;
}

export function verificationOf(verdict: Verdict, display: LicenceDisplay | null = null): LicenceVerification {
  const { detail, ...rest } = verdict;
  return Object.assign(new LicenceVerification(), { ...rest, valid: verdict.result === LicenceVerificationResult.VALID, reason: detail, checkedAt: new Date(), display });
}
