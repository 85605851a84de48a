import { Field, ID, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';

@ObjectType({ description: 'A subject’s authorisation (用数授权) of a service centre to read their data for a matter or bundle, until it expires or is withdrawn' })
export class DataAuthorisation {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The service centre authorised' })
  centre!: string;

  @Field(() => String, { nullable: true, description: 'The matter, or null for a bundle' })
  matterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The bundle, or null for one matter' })
  bundleCode!: string | null;

  @Field(() => String, { description: 'What for, e.g. 开办餐馆' })
  title!: string;

  @Field(() => DateTimeISO)
  createdAt!: Date;

  @Field(() => DateTimeISO, { description: 'When it stops: no grant is issued after this instant, and departments refuse grants made before it' })
  expiresAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the subject withdrew it' })
  revokedAt!: Date | null;
}
