import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A person, keyed by citizen ID number. Civil affairs owns the registry facts (name, birth
 * date…); social security only declares the key and adds its own fields by resolvers.
 * The ID number doubles as the social security number (社会保障号码).
 */
@Directive('@key(fields: "idNumber")')
@ObjectType({ description: 'A person (自然人), identified by the 18-character citizen ID number' })
export class Person {
  @Field(() => String, { description: 'Citizen ID number (公民身份号码), GB 11643' })
  idNumber!: string;
}

export function personRef(idNumber: string): Person {
  return Object.assign(new Person(), { idNumber });
}
