import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';

@ObjectType({ description: 'An employment-and-entrepreneurship certificate (就业创业证)' })
export class EmploymentCertificate {
  @Field(() => String, { description: 'Certificate number (证号)' })
  number!: string;

  @Field(() => CalendarDate, { description: 'Date issued (发证日期)' })
  issuedOn!: Date;

  @Field(() => String, { description: 'Issuing office (发证机构)' })
  issuedBy!: string;

  @Field(() => DateTimeISO, { description: 'When social security last confirmed this record (数据时点)' })
  asOf!: Date;
}
