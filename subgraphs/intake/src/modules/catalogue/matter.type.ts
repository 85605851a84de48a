import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { CaseType, SubjectKind } from '../../enums';
import { DataSharingItem } from './dataItem.type';
import { FormFieldDefinition } from './formField.type';

@ObjectType({ description: 'A situation (情形) of a matter that changes what it requires' })
export class MatterSituation {
  @Field(() => String, { description: 'Situation code, e.g. AGENT' })
  code!: string;

  @Field(() => String, { description: 'Name, e.g. 委托代理人办理' })
  name!: string;

  @Field(() => String, { description: 'What it means and what it adds' })
  description!: string;
}

@ObjectType({ description: 'A material a matter requires (申请材料) and the shared item that can stand in for it' })
export class MaterialRequirement {
  @Field(() => String, { description: 'Material code, the same in every matter, e.g. id-card' })
  code!: string;

  @Field(() => String, { description: 'Material name (材料名称)' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  englishName!: string;

  @Field(() => Boolean, { description: 'Required (必要) rather than optional' })
  required!: boolean;

  @Field(() => Boolean, { description: 'May be missing at acceptance on a written commitment (容缺受理)' })
  tolerable!: boolean;

  @Field(() => String, { nullable: true, description: 'Only in this situation (情形) of the matter; null when always' })
  situation!: string | null;

  @Field(() => DataSharingItem, { nullable: true, description: 'The e-licence or data item that replaces it for the matter’s applicant; null when it must be submitted' })
  replaceableBy!: DataSharingItem | null;
}

@Directive('@key(fields: "code")')
@ObjectType({ description: 'A government service matter (政务服务事项) of the matter catalogue (事项清单), with its standard elements' })
export class Matter {
  @Field(() => String, { description: 'Matter code (事项编码), e.g. SCJG-XK-001' })
  code!: string;

  @Field(() => String, { description: 'Matter name (事项名称), e.g. 个体工商户设立登记' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  englishName!: string;

  @Field(() => String, { description: 'Responsible department (实施部门): the subgraph name, e.g. market-access' })
  department!: string;

  @Field(() => SubjectKind, { description: 'Who applies (服务对象): a person or a market entity' })
  applicantType!: SubjectKind;

  @Field(() => CaseType, { description: 'Case type (办件类型): 即办件, 承诺件, 联办件 or 上报件' })
  caseType!: CaseType;

  @Field(() => Int, { description: 'Legal time limit in working days (法定办结时限)' })
  legalTimeLimitDays!: number;

  @Field(() => Int, { description: 'Promised time limit in working days (承诺办结时限); 0 means done on the spot' })
  promisedTimeLimitDays!: number;

  @Field(() => [String], { description: 'Conditions for acceptance (受理条件)' })
  conditions!: string[];

  @Field(() => String, { description: 'Fees (收费标准), in words' })
  fees!: string;

  @Field(() => Int, { description: 'Fee in fen (收费金额, 分); 0 when free' })
  feeFen!: number;

  @Field(() => Boolean, { description: 'A written commitment replaces the on-site inspection (承诺告知制)' })
  commitmentReplacesInspection!: boolean;

  @Field(() => String, { description: 'What the applicant receives (办理结果)' })
  result!: string;

  @Field(() => [MatterSituation], { description: 'Situations that change the materials (情形)' })
  situations!: MatterSituation[];

  @Field(() => [MaterialRequirement], { description: 'Materials, in order, with the situation each belongs to (申请材料)' })
  materials!: MaterialRequirement[];

  @Field(() => [FormFieldDefinition], { description: 'The form template (表单模板): fields in order, with where each is read from' })
  formFields!: FormFieldDefinition[];

  @Field(() => [DataSharingItem], { description: 'Data items the matter declares it needs; nothing else is read for it (数据最小化)' })
  dataItems!: DataSharingItem[];

  @Field(() => DateTimeISO, { description: 'When this catalogue entry last changed' })
  updatedAt!: Date;
}
