import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { PermitKind, PermitStatus } from '../../enums';
import { MarketEntity } from '../market-entity/market-entity.type';

@ObjectType({ description: 'An administrative permit (行政许可) held by a market entity, e.g. a food business licence (食品经营许可证)' })
export class Permit {
  @Field(() => PermitKind, { description: 'Kind of permit (许可类别)' })
  kind!: PermitKind;

  @Field(() => String, { description: 'Permit number (许可证编号)' })
  number!: string;

  @Field(() => String, { description: 'Permitted scope (许可范围/经营项目)' })
  scope!: string;

  @Field(() => CalendarDate, { description: 'Date issued (发证日期)' })
  issuedOn!: Date;

  @Field(() => CalendarDate, { description: 'Last day of validity (有效期至)' })
  validUntil!: Date;

  @Field(() => PermitStatus, { description: 'Whether the permit is in force (许可状态)' })
  status!: PermitStatus;

  @Field(() => String, { description: 'Issuing authority (发证机关)' })
  issuedBy!: string;

  @Field(() => DateTimeISO, { description: 'When market regulation last confirmed this record (数据时点)' })
  asOf!: Date;

  @Field(() => MarketEntity, { description: 'The market entity holding the permit (持证主体)' })
  marketEntity!: MarketEntity;
}
