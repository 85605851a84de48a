import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * The entities intake points at but never resolves (resolvable: false): it names a person,
 * a market entity or a licence by key, and the departments that own them fill in the rest.
 * Descriptions are the owners' own, so composition keeps one.
 */
@Directive('@key(fields: "idNumber", resolvable: false)')
@ObjectType({ description: 'A person (自然人), identified by the 18-character citizen ID number' })
export class Person {
  @Field(() => String, { description: 'Citizen ID number (公民身份号码), GB 11643' })
  idNumber!: string;
}

@Directive('@key(fields: "creditCode", resolvable: false)')
@ObjectType({ description: 'A market entity (市场主体): enterprise, individual business or farmer cooperative' })
export class MarketEntity {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), GB 32100' })
  creditCode!: string;
}

@Directive('@key(fields: "id", resolvable: false)')
@ObjectType({ description: 'An issued electronic licence (电子证照) with its core metadata (GB/T 36903)' })
export class Licence {
  @Field(() => String, { description: 'Licence identifier (电子证照标识), 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check> (GB/T 36904)' })
  id!: string;
}

export const personRef = (idNumber: string): Person => Object.assign(new Person(), { idNumber });
export const marketEntityRef = (creditCode: string): MarketEntity => Object.assign(new MarketEntity(), { creditCode });
export const licenceRef = (id: string): Licence => Object.assign(new Licence(), { id });
