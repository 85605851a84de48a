import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { HolderCodeType, SurfaceValueType } from '../../enums';

@ObjectType({ description: 'One item of surface data (照面信息项) a licence type shows, e.g. 姓名 or 统一社会信用代码' })
export class LicenceSurfaceField {
  @Field(() => String, { description: 'The item as printed on the licence (照面项), also its key in every licence’s surfaceData, e.g. 出生' })
  key!: string;

  @Field(() => String, { description: 'How a screen names the item (显示名称), e.g. 出生日期' })
  label!: string;

  @Field(() => SurfaceValueType, { description: 'What the item holds: how it is checked when a licence is issued and masked when it is shown (亮证)' })
  valueType!: SurfaceValueType;
}

@ObjectType({ description: 'A kind of licence in the e-licence catalogue (证照目录), e.g. resident ID card or business licence' })
export class LicenceType {
  @Field(() => String, { description: 'Licence type code (证照类型代码): the defining authority’s credit code plus a 3-digit sequence' })
  code!: string;

  @Field(() => String, { description: 'Licence type name (证照类型名称), e.g. 营业执照' })
  name!: string;

  @Field(() => String, { description: 'English name, e.g. Business licence' })
  englishName!: string;

  @Field(() => String, { description: 'Department that issues this kind of licence (发证部门)' })
  issuingDepartment!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The hub department (e.g. market-access) whose approvers issue this kind of licence through the case flow; null when only a department system does (ID cards: public security is not in the hub)',
  })
  hubDepartment!: string | null;

  @Field(() => HolderCodeType, { description: 'Kind of holder code this licence is issued to (持证主体代码类型)' })
  holderCodeType!: HolderCodeType;

  @Field(() => [LicenceSurfaceField], { description: 'Surface data items (照面信息项), in printed order; every one is required on issue' })
  surfaceFields!: LicenceSurfaceField[];

  @Field(() => DateTimeISO, { description: 'When the library last confirmed this catalogue entry (数据时点)' })
  asOf!: Date;
}
