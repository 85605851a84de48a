import { Directive, Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { HouseholdRelation } from '../../enums';
import { Person } from '../person/person.type';

@ObjectType({ description: 'An administrative division (行政区划), GB/T 2260 and town-level codes' })
export class Division {
  @Field(() => String, { description: 'Division code: 6 digits for a county, 9 for a town or sub-district' })
  code!: string;

  @Field(() => String, { nullable: true, description: 'Division name, e.g. 城东街道' })
  name?: string;
}

@ObjectType({ description: 'A member of a household and their relation to its head' })
export class HouseholdMember {
  @Field(() => HouseholdRelation, { description: 'Relation to the head of household (与户主关系)' })
  relation!: HouseholdRelation;

  @Field(() => Person, { description: 'The member; other departments add their facts' })
  person!: Person;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A household register (户籍/户口簿) held by civil affairs' })
export class Household {
  @Field(() => String, { description: 'Household number (户号)' })
  id!: string;

  @Field(() => String, { description: 'Registered address (户籍地址)' })
  address!: string;

  @Field(() => Division, { description: 'Town or sub-district of the address' })
  division!: Division;

  @Field(() => String, { description: 'ID number of the head of household (户主)' })
  headIdNumber!: string;

  @Field(() => CalendarDate, { description: 'Date the household was registered' })
  registeredOn!: Date;

  @Field(() => DateTimeISO, { description: 'When civil affairs last confirmed this record (数据时点)' })
  asOf!: Date;
}
