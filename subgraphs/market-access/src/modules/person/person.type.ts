import { Directive, Field, ObjectType } from 'type-graphql';

/** A person, keyed by citizen ID number; market access contributes the businesses they run. */
@Directive('@key(fields: "idNumber")')
@ObjectType({ description: 'A person (自然人), identified by the 18-character citizen ID number' })
export class Person {
  @Field(() => String, { description: 'Citizen ID number (公民身份号码), GB 11643' })
  idNumber!: string;
}

export function personRef(idNumber: string): Person {
  return Object.assign(new Person(), { idNumber });
}
