import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, Fen } from '@hub/kit';
import { BenefitKind, BenefitStatus } from '../../enums';

@ObjectType({ description: 'A social-assistance benefit (社会救助/津贴) paid to a person' })
export class Benefit {
  @Field(() => String, { description: 'Benefit record number' })
  id!: string;

  @Field(() => BenefitKind, { description: 'Kind: 低保, 特困, 临时救助, 高龄津贴, 残疾人补贴' })
  kind!: BenefitKind;

  @Field(() => Fen, { description: 'Monthly amount in fen (分)' })
  monthlyAmountFen!: number;

  @Field(() => CalendarDate, { description: 'First month paid' })
  startDate!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Last month paid, if ended' })
  endDate!: Date | null;

  @Field(() => BenefitStatus, { description: 'Whether it is being paid' })
  status!: BenefitStatus;

  @Field(() => String, { nullable: true, description: 'Household the benefit was granted to (低保 is granted per household)' })
  householdId!: string | null;

  @Field(() => DateTimeISO, { description: 'When civil affairs last confirmed this record (数据时点)' })
  asOf!: Date;
}
