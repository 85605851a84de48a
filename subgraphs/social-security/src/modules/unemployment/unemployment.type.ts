import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { UnemploymentStatus } from '../../enums';

@ObjectType({ description: 'An unemployment registration (失业登记)' })
export class UnemploymentRegistration {
  @Field(() => String, { description: 'Registration record number' })
  id!: string;

  @Field(() => CalendarDate, { description: 'Date registered as unemployed (登记日期)' })
  registeredOn!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Date the registration ended, if it has (注销日期)' })
  endedOn!: Date | null;

  @Field(() => UnemploymentStatus, { description: 'Whether the registration is in force' })
  status!: UnemploymentStatus;

  @Field(() => DateTimeISO, { description: 'When social security last confirmed this record (数据时点)' })
  asOf!: Date;
}
