import { Field, Int, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, Fen } from '@hub/kit';
import { EnrolmentStatus, InsuranceScheme } from '../../enums';
import { MarketEntity } from '../market-entity/market-entity.type';

@ObjectType({ description: 'Enrolment of a person in one social insurance scheme (参保登记)' })
export class InsuranceEnrolment {
  @Field(() => String, { description: 'Enrolment record number' })
  id!: string;

  @Field(() => InsuranceScheme, { description: 'Insurance scheme (险种)' })
  scheme!: InsuranceScheme;

  @Field(() => EnrolmentStatus, { description: 'Enrolment status (参保状态)' })
  status!: EnrolmentStatus;

  @Field(() => CalendarDate, { description: 'Date the enrolment began (参保日期)' })
  startDate!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Date the enrolment ended, if it has (终止日期)' })
  endDate!: Date | null;

  @Field(() => Int, { description: 'Months of contributions paid in this scheme (累计缴费月数)' })
  contributionMonths!: number;

  @Field(() => Fen, { description: 'Monthly contribution base in fen (缴费基数, 分)' })
  monthlyBaseFen!: number;

  @Field(() => MarketEntity, { nullable: true, description: 'Employer paying in this scheme (参保单位); null for individually insured residents' })
  employer!: MarketEntity | null;

  @Field(() => DateTimeISO, { description: 'When social security last confirmed this record (数据时点)' })
  asOf!: Date;
}
