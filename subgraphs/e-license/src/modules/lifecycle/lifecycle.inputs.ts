import { Field, InputType } from 'type-graphql';
import { CalendarDate, JSONObject } from '@hub/kit';

@InputType({ description: 'A permit an industry comprehensive licence carries (一证制), printed in its 许可事项' })
export class CarriedPermitInput {
  @Field(() => String, { description: 'The permit (名称), e.g. 食品经营许可' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Its own number (编号), if it has one besides the licence’s' })
  number?: string | null;

  @Field(() => String, { nullable: true, description: 'Its last valid day as printed (有效期至), e.g. 2031年5月31日' })
  validUntil?: string | null;
}

@InputType({ description: 'A licence to issue as the result of a case (办件结果): its holder, issuer, validity and surface data' })
export class IssueLicenceInput {
  @Field(() => String, { description: 'Licence type code (证照类型代码) from licenceTypes' })
  typeCode!: string;

  @Field(() => String, { description: 'The case (办件编号) whose result this licence is; 1–64 letters, digits, - or _' })
  caseId!: string;

  @Field(() => String, { description: 'Holder code: a citizen ID number or a credit code, as the type’s holderCodeType says' })
  holderCode!: string;

  @Field(() => String, { description: 'Holder name (持证主体)' })
  holderName!: string;

  @Field(() => String, { description: 'The issuing organ’s credit code (发证机构代码); the library seals with its key' })
  issuerCode!: string;

  @Field(() => String, { description: 'The issuing organ (发证机构), e.g. 淄博市博山区行政审批服务局' })
  issuerName!: string;

  @Field(() => String, { description: 'Licence number as printed (证照编号)' })
  number!: string;

  @Field(() => String, { nullable: true, description: 'The issuer’s serial for the identifier (1–40 of 0-9 A-Z); by default the number with other characters removed' })
  serial?: string | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Issue date (发证日期); today in China by default' })
  issuedOn?: Date | null;

  @Field(() => CalendarDate, { nullable: true, description: 'First valid day; the issue date by default' })
  validFrom?: Date | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last valid day, inclusive; omitted or null for a licence valid indefinitely (长期)' })
  validUntil?: Date | null;

  @Field(() => String, { description: 'Jurisdiction (管辖区域): 6-digit county-level division code' })
  jurisdiction!: string;

  @Field(() => JSONObject, { description: 'Surface data (照面信息): every item of the type’s surfaceFields, by key; text values, except the industry comprehensive licence’s 许可事项, which comes from permits' })
  surfaceData!: Record<string, unknown>;

  @Field(() => [CarriedPermitInput], { nullable: true, description: 'Industry comprehensive licence (一证制) only: the permits it carries, printed as its 许可事项' })
  permits?: CarriedPermitInput[] | null;
}

@InputType({ description: 'A renewal (换发/延续): the next version of a licence, replacing it' })
export class RenewLicenceInput {
  @Field(() => String, { description: 'The case (办件编号) of the renewal' })
  caseId!: string;

  @Field(() => CalendarDate, { nullable: true, description: 'First valid day of the new version; today in China by default' })
  validFrom?: Date | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Last valid day of the new version; omitted or null for indefinitely (长期)' })
  validUntil?: Date | null;

  @Field(() => String, { nullable: true, description: 'A new licence number; the old one by default' })
  number?: string | null;

  @Field(() => JSONObject, { nullable: true, description: 'Surface items that change (e.g. 有效期至), by key; the others are kept' })
  surfaceChanges?: Record<string, unknown> | null;

  @Field(() => [CarriedPermitInput], { nullable: true, description: 'Industry comprehensive licence only: the permits it now carries' })
  permits?: CarriedPermitInput[] | null;
}
