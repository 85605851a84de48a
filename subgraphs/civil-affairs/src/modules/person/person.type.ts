import { Directive, Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { Gender, MaritalStatus } from '../../enums';

/** A person, keyed by citizen ID number; civil affairs contributes the registry facts. */
@Directive('@key(fields: "idNumber")')
@ObjectType({ description: 'A person (自然人), identified by the 18-character citizen ID number' })
export class Person {
  @Field(() => String, { description: 'Citizen ID number (公民身份号码), GB 11643' })
  idNumber!: string;

  @Field(() => String, { nullable: true, description: 'Name as registered (姓名)' })
  name?: string;

  @Field(() => Gender, { nullable: true, description: 'Gender (性别)' })
  gender?: Gender;

  @Field(() => String, { nullable: true, description: 'Ethnicity (民族)' })
  ethnicity?: string;

  @Field(() => CalendarDate, { nullable: true, description: 'Birth date (出生日期)' })
  birthDate?: Date;

  @Field(() => MaritalStatus, { nullable: true, description: 'Marital status (婚姻状况)' })
  maritalStatus?: MaritalStatus;

  @Field(() => String, { nullable: true, description: 'Contact phone held by civil affairs (联系电话)' })
  phone?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Date of death, when registered' })
  deceasedOn?: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When civil affairs last confirmed this registry record (数据时点)' })
  registryAsOf?: Date;
}

export function personRef(idNumber: string): Person {
  return Object.assign(new Person(), { idNumber });
}
