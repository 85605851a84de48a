import { Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { LicenceStatus } from '../../enums';
import { LicenceSealType } from '../licence/seal.type';

@ObjectType({ description: 'A licence just issued or renewed: its identifier and seal (read the licence itself through licence(id:) under a purpose)' })
export class IssuedLicence {
  @Field(() => String, { description: 'The new licence’s identifier (电子证照标识)' })
  id!: string;

  @Field(() => String, { description: 'Its version, 001 for a first issue' })
  version!: string;

  @Field(() => String, { description: 'Its type code' })
  typeCode!: string;

  @Field(() => LicenceStatus, { description: 'Its status' })
  status!: LicenceStatus;

  @Field(() => CalendarDate, { description: 'Issue date' })
  issuedOn!: Date;

  @Field(() => CalendarDate, { description: 'First valid day' })
  validFrom!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Last valid day; null when indefinite' })
  validUntil!: Date | null;

  @Field(() => LicenceSealType, { description: 'The issuer’s seal' })
  seal!: LicenceSealType;

  @Field(() => String, { nullable: true, description: 'The licence it replaced, for a renewal' })
  replaces!: string | null;
}

@ObjectType({ description: 'A licence’s status changed by its issuer' })
export class LicenceStatusChange {
  @Field(() => String, { description: 'The licence' })
  id!: string;

  @Field(() => LicenceStatus, { description: 'Its status now' })
  status!: LicenceStatus;

  @Field(() => DateTimeISO, { description: 'When it changed' })
  at!: Date;

  @Field(() => String, { description: 'Why' })
  reason!: string;
}
