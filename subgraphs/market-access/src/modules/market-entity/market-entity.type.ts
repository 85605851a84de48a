import { Directive, Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, Fen } from '@hub/kit';
import { MarketEntityKind, MarketEntityStatus } from '../../enums';
import { Person } from '../person/person.type';

/**
 * A market entity, keyed by its unified social credit code. Objects of this class carry only
 * the key; MarketEntityResolver reads every other field from the registration row through the
 * request's DataLoader, so an entity reached by any path costs one batched statement.
 */
@Directive('@key(fields: "creditCode")')
@ObjectType({ description: 'A market entity (市场主体): enterprise, individual business or farmer cooperative' })
export class MarketEntity {
  @Field(() => String, { description: 'Unified social credit code (统一社会信用代码), GB 32100' })
  creditCode!: string;

  @Field(() => String, { description: 'Registered name (名称); an individual business may have a trade name (字号)' })
  name?: string;

  @Field(() => MarketEntityKind, { description: 'Kind of entity (市场主体类型)' })
  kind?: MarketEntityKind;

  @Field(() => MarketEntityStatus, { description: 'Registration status (登记状态): 存续, 吊销 or 注销' })
  status?: MarketEntityStatus;

  @Field(() => Person, { description: 'Legal representative, or operator of an individual business (法定代表人/经营者)' })
  legalRepresentative?: Person;

  @Field(() => String, { description: 'Name of the legal representative or operator as registered (法定代表人/经营者姓名)' })
  legalRepresentativeName?: string;

  @Field(() => String, { description: 'Registered address, the domicile or place of business (住所/经营场所)' })
  registeredAddress?: string;

  @Field(() => String, { description: 'Town or sub-district (乡镇/街道) of the registered address, 9-digit division code' })
  divisionCode?: string;

  @Field(() => String, { nullable: true, description: 'Name of that town or sub-district (乡镇/街道名称); null when the code is not in the division list' })
  divisionName?: string | null;

  @Field(() => String, { description: 'Business scope as registered (经营范围)' })
  businessScope?: string;

  @Field(() => Fen, { description: 'Registered capital or funds contributed, in fen (注册资本/资金数额, 分)' })
  registeredCapitalFen?: number;

  @Field(() => CalendarDate, { description: 'Date established (成立日期)' })
  establishedOn?: Date;

  @Field(() => String, { description: 'Registration authority (登记机关)' })
  registrationAuthority?: string;

  @Field(() => DateTimeISO, { description: 'When market regulation last confirmed this record (数据时点)' })
  asOf?: Date;
}

export function marketEntityRef(creditCode: string): MarketEntity {
  return Object.assign(new MarketEntity(), { creditCode });
}
