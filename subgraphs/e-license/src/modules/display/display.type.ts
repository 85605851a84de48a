import { Field, ObjectType } from 'type-graphql';
import { CalendarDate } from '@hub/kit';
import { LicenceStatus, SurfaceValueType } from '../../enums';

@ObjectType({ description: 'One surface item as shown (亮证), masked according to its value type' })
export class LicenceDisplayItem {
  @Field(() => String, { description: 'The item as printed (照面项)' })
  key!: string;

  @Field(() => String, { description: 'Its screen label' })
  label!: string;

  @Field(() => SurfaceValueType, { description: 'What it holds' })
  valueType!: SurfaceValueType;

  @Field(() => String, { description: 'The value as shown: names, ID numbers and addresses partly hidden; a permit list as one line' })
  value!: string;
}

@ObjectType({ description: 'A licence as shown to someone else (亮证): identifying data partly hidden, with a code to verify it' })
export class LicenceDisplay {
  @Field(() => String, { description: 'Licence identifier (电子证照标识), its serial masked when it is the holder’s ID number' })
  licenceId!: string;

  @Field(() => String, { description: 'Licence name (证照名称)' })
  name!: string;

  @Field(() => String, { description: 'Licence number, masked when it is an ID number' })
  number!: string;

  @Field(() => String, { description: 'Holder, masked when a person' })
  holderName!: string;

  @Field(() => String, { description: 'Holder code, masked when a citizen ID number' })
  holderCode!: string;

  @Field(() => String, { description: 'Issuing authority (发证机构)' })
  issuerName!: string;

  @Field(() => CalendarDate, { description: 'Issue date' })
  issuedOn!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of validity; null when indefinite' })
  validUntil!: Date | null;

  @Field(() => LicenceStatus, { description: 'Status now' })
  status!: LicenceStatus;

  @Field(() => [LicenceDisplayItem], { description: 'Surface items (照面信息), masked' })
  items!: LicenceDisplayItem[];

  @Field(() => String, {
    description: 'The verification code (亮证码) for a QR code: HUBLIC1. + base64url of the issuer’s seal (no surface data, no identifier); verifyLicenceCode checks it and answers this masked view. Empty for a licence never sealed',
  })
  code!: string;
}
