import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { MarriageRegistrationKind } from '../../enums';
import { Person } from '../person/person.type';

@ObjectType({ description: 'A marriage or divorce registration (婚姻登记) as seen from one party' })
export class MarriageRegistration {
  @Field(() => String, { description: 'Registration record number' })
  id!: string;

  @Field(() => MarriageRegistrationKind, { description: 'Marriage or divorce' })
  kind!: MarriageRegistrationKind;

  @Field(() => CalendarDate, { description: 'Date registered (登记日期)' })
  registeredOn!: Date;

  @Field(() => String, { description: 'Registry office (登记机关)' })
  registryOffice!: string;

  @Field(() => String, { description: 'Certificate number (证字号)' })
  certificateNumber!: string;

  @Field(() => Person, { description: 'The other party' })
  spouse!: Person;

  @Field(() => DateTimeISO, { description: 'When civil affairs last confirmed this record (数据时点)' })
  asOf!: Date;
}
