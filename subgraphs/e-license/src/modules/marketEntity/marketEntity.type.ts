import { Directive, Field, ObjectType } from 'type-graphql';

/** A market entity, keyed by credit code; the e-licence library adds the licences it holds. */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: 'A market entity (市场主体): enterprise, individual business or farmer cooperative' })
export class MarketEntity {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), GB 32100' })
  creditCode!: string;
}

export function marketEntityRef(creditCode: string): MarketEntity {
  return Object.assign(new MarketEntity(), { creditCode });
}
