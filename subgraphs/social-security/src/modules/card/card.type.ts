import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { CardStatus } from '../../enums';

@ObjectType({ description: 'A social security card (社会保障卡) issued to a person' })
export class SocialSecurityCard {
  @Field(() => String, { description: 'Card number printed on the card (卡号)' })
  cardNumber!: string;

  @Field(() => CalendarDate, { description: 'Date the card was issued (发卡日期)' })
  issuedOn!: Date;

  @Field(() => String, { description: 'Bank that issued the card and holds its financial account (发卡银行)' })
  bank!: string;

  @Field(() => CardStatus, { description: 'Card status (卡状态)' })
  status!: CardStatus;

  @Field(() => DateTimeISO, { description: 'When social security last confirmed this record (数据时点)' })
  asOf!: Date;
}
