import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';

@ObjectType({
  description: 'A purpose grant (用数凭证) signed by intake: send `token` as the x-hub-purpose header with reads of the subjects’ data; departments serve only the listed paths and licence types',
})
export class PurposeGrantTicket {
  @Field(() => String, { description: 'The signed grant (compact JWS), for the x-hub-purpose header' })
  token!: string;

  @Field(() => String, { description: 'CASE (an open case at the caller’s centre) or AUTHORISATION (the subject’s own 用数授权)' })
  basis!: string;

  @Field(() => String, { description: 'The case id or authorisation id' })
  id!: string;

  @Field(() => String, { description: 'Matter or bundle code the reads serve' })
  matter!: string;

  @Field(() => String, { description: 'Its name, e.g. 开办餐馆' })
  matterName!: string;

  @Field(() => [String], { description: 'Whose data: citizen ID numbers or credit codes' })
  subjects!: string[];

  @Field(() => [String], { description: 'The data-sharing catalogue paths that may be read, e.g. person.household.address' })
  paths!: string[];

  @Field(() => [String], { description: 'Licence type codes whose licences may be read or used' })
  licenceTypes!: string[];

  @Field(() => DateTimeISO, { description: 'When the grant stops working (a new one can be asked for while the case is open)' })
  expiresAt!: Date;
}
