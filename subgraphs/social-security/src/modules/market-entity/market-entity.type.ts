import { Directive, Field, ObjectType } from 'type-graphql';

/**
 * A market entity, keyed by unified social credit code. Market regulation owns it; social
 * security only declares the key and adds the employment facts it holds.
 */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: 'A market entity (市场主体): enterprise, individual business or farmer cooperative' })
export class MarketEntity {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), GB 32100' })
  creditCode!: string;
}

export function marketEntityRef(creditCode: string): MarketEntity {
  return Object.assign(new MarketEntity(), { creditCode });
}
