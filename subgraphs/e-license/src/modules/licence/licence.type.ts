import { Directive, Field, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, type LicenceSeal as Seal } from '@hub/kit';
import { HolderCodeType, LicenceStatus } from '../../enums';
import { MarketEntity } from '../marketEntity/marketEntity.type';
import { Person } from '../person/person.type';
import { LicenceSealType } from './seal.type';

/**
 * An issued e-licence, owned by this library. `name` and `type` are resolved from the
 * catalogue; `surfaceData`, `verification`, `document`, `display` and `history` by their own
 * resolvers, the first three only for a caller the holder or an open case authorises.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An issued electronic licence (电子证照) with its core metadata (GB/T 36903)' })
export class Licence {
  @Field(() => String, { description: 'Licence identifier (电子证照标识), 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check> (GB/T 36904)' })
  id!: string;

  @Field(() => String, { description: 'Version (版本号) from the identifier, 001 for a first issue; a renewal is the next version' })
  version!: string;

  @Field(() => String, { description: 'Licence number printed on the licence (证照编号)' })
  number!: string;

  @Field(() => String, { description: 'Holder name (持证主体): a person’s or a market entity’s name' })
  holderName!: string;

  @Field(() => String, { description: 'Holder code (持证主体代码): citizen ID number or unified social credit code' })
  holderCode!: string;

  @Field(() => HolderCodeType, { description: 'Kind of holder code (持证主体代码类型): 111 citizen ID, 001 credit code' })
  holderCodeType!: HolderCodeType;

  @Field(() => Person, { nullable: true, description: 'The holder as a person (自然人持证主体) when the holder code is a citizen ID number; null otherwise' })
  holder!: Person | null;

  @Field(() => MarketEntity, { nullable: true, description: 'The holder as a market entity (市场主体持证主体) when the holder code is a credit code; null otherwise' })
  holderEntity!: MarketEntity | null;

  @Field(() => String, { description: 'Issuing authority (发证机构)' })
  issuerName!: string;

  @Field(() => String, { description: 'Issuing authority’s unified social credit code (发证机构代码)' })
  issuerCode!: string;

  @Field(() => CalendarDate, { description: 'Issue date (发证日期)' })
  issuedOn!: Date;

  @Field(() => CalendarDate, { description: 'First day of validity (有效期起始日期)' })
  validFrom!: Date;

  @Field(() => CalendarDate, { nullable: true, description: 'Last day of validity, inclusive (有效期截止日期); null when valid indefinitely (长期)' })
  validUntil!: Date | null;

  @Field(() => String, { description: 'Jurisdiction (管辖区域): 6-digit county-level division code, GB/T 2260' })
  jurisdiction!: string;

  @Field(() => LicenceStatus, {
    description:
      'Status (证照状态). Computed when read: a licence recorded as VALID whose validUntil is before today (China Standard Time) is reported EXPIRED (失效)',
  })
  status!: LicenceStatus;

  @Field(() => String, { nullable: true, description: 'Why the status last changed (e.g. the revocation reason); null while never changed' })
  statusReason!: string | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the status last changed; null while never changed' })
  statusChangedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Identifier of the renewal that replaced this licence (换发后的证照); null unless replaced' })
  supersededBy!: string | null;

  @Field(() => LicenceSealType, { nullable: true, description: 'The issuer’s seal (SM2/SM3 signature) on this licence; null for a licence never sealed' })
  seal!: LicenceSealType | null;

  @Field(() => DateTimeISO, { description: 'When the library last confirmed this record (数据时点)' })
  asOf!: Date;

  /** Catalogue code of the licence's type; read by the `name` and `type` resolvers, not published. */
  typeCode!: string;

  /** 照面信息, published through the surfaceData resolver only to an authorised caller. */
  surfaceDataValue!: Record<string, unknown>;

  /** The seal as stored, for verification. */
  storedSeal!: Seal | null;

  /** The status as recorded, before the expiry computed on read. */
  recordedStatus!: LicenceStatus;
}
