import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { FieldStatus, MaterialStatus, SubjectKind } from '../../enums';
import { Licence } from '../applicant/applicant.type';

@InputType({ description: 'The applicant: a person by citizen ID number, or a market entity by unified social credit code — exactly one' })
export class SubjectInput {
  @Field(() => String, { nullable: true, description: 'Citizen ID number (公民身份号码), for a person' })
  idNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Unified social credit code (统一社会信用代码), for a market entity' })
  creditCode?: string | null;
}

@ObjectType({ description: 'Where a value came from (数据来源): the providing department, the shared item and the department record’s as-of time' })
export class FieldSource {
  @Field(() => String, { description: 'Providing department (提供单位), e.g. civil-affairs' })
  department!: string;

  @Field(() => String, { description: 'Data item code in the data-sharing catalogue' })
  dataItem!: string;

  @Field(() => String, { description: 'Data item name, e.g. 户籍（户口簿）信息' })
  dataItemName!: string;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the department last confirmed the record (数据时点: its asOf or registryAsOf); null when nothing came back' })
  asOf!: Date | null;
}

@ObjectType({ description: 'A field of a prefilled form: its value, where it came from, and what became of it (预填字段)' })
export class PrefilledField {
  @Field(() => String, { description: 'Field key, shared by every template that asks it, e.g. applicant.address' })
  key!: string;

  @Field(() => String, { description: 'Label on the form (字段名称)' })
  label!: string;

  @Field(() => String, { description: 'English label' })
  englishLabel!: string;

  @Field(() => String, { nullable: true, description: 'The value as the department holds it (several joined with 、); null unless FILLED' })
  value!: string | null;

  @Field(() => String, { nullable: true, description: 'The value as the form shows it, coded values labelled (e.g. MALE → 男)' })
  displayValue!: string | null;

  @Field(() => FieldStatus, { description: 'FILLED, NOT_HELD, PROVIDER_UNAVAILABLE, NOT_PERMITTED, or ASKED of the applicant' })
  status!: FieldStatus;

  @Field(() => FieldSource, { nullable: true, description: 'The department and item the field is bound to (with the as-of time when FILLED); null when ASKED' })
  source!: FieldSource | null;

  @Field(() => Boolean, { description: 'Whether the form requires it (必填)' })
  required!: boolean;

  @Field(() => [String], { description: 'Matters of the form that ask it' })
  matters!: string[];
}

@ObjectType({ description: 'A material of the checklist (材料清单): how it is met, or that it must be submitted' })
export class MaterialCheck {
  @Field(() => String, { description: 'Material code, e.g. id-card' })
  code!: string;

  @Field(() => String, { description: 'Material name (材料名称)' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  englishName!: string;

  @Field(() => MaterialStatus, { description: 'Met by an e-licence, by shared data, within the bundle, or to submit' })
  status!: MaterialStatus;

  @Field(() => Boolean, { description: 'Required rather than optional' })
  required!: boolean;

  @Field(() => Boolean, { description: 'May be missing at acceptance on a written commitment (容缺受理)' })
  tolerated!: boolean;

  @Field(() => Licence, { nullable: true, description: 'The valid e-licence used instead of paper (用证), when SATISFIED_BY_LICENCE' })
  licence!: Licence | null;

  @Field(() => String, { nullable: true, description: 'The data item that can replace it; null when only paper will do' })
  dataItem!: string | null;

  @Field(() => String, { nullable: true, description: 'The matter of the same bundle that produces it, when PRODUCED_IN_BUNDLE' })
  producedBy!: string | null;

  @Field(() => [String], { description: 'Matters of the form that require it' })
  matters!: string[];

  @Field(() => String, { nullable: true, description: 'Why it must be submitted, for the one-time notice (一次性告知)' })
  note!: string | null;
}

@ObjectType({ description: 'Reform figures of one prefilled form (改革成效): what is still typed and brought, and what the matters would ask one by one' })
export class PrefillFigures {
  @Field(() => Int, { description: 'Fields in the form (表单字段数)' })
  fieldsInForm!: number;

  @Field(() => Int, { description: 'Fields filled from departments (预填字段数)' })
  fieldsPrefilled!: number;

  @Field(() => Int, { description: 'Fields the clerk still types (仍需填写)' })
  fieldsToType!: number;

  @Field(() => Int, { description: 'Required materials (应交材料数)' })
  materialsRequired!: number;

  @Field(() => Int, { description: 'Required materials met without paper (免提交材料数)' })
  materialsSatisfied!: number;

  @Field(() => Int, { description: 'Materials the applicant still brings (仍需提交)' })
  materialsToBring!: number;

  @Field(() => Int, { description: 'Fields the matters ask when each is applied for on its own' })
  fieldsSeparately!: number;

  @Field(() => Int, { description: 'Required materials of the matters applied for one by one' })
  materialsSeparately!: number;
}

@ObjectType({ description: 'A form that filled itself (预填表单): every field with value and provenance, the materials checklist and the figures' })
export class PrefilledForm {
  @Field(() => String, { description: 'Identifier of this prefill, as recorded (for corrections)' })
  id!: string;

  @Field(() => SubjectKind, { description: 'Whether the applicant is a person or a market entity' })
  subjectKind!: SubjectKind;

  @Field(() => String, { nullable: true, description: 'The case (办件) the form was read for: the one given, or the one opened for it at the clerk’s window; null for a citizen’s own prefill' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The matter prefilled, when one matter' })
  matterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The life-event bundle prefilled, when a bundle' })
  bundleCode!: string | null;

  @Field(() => String, { description: 'Form title: the matter’s or bundle’s name' })
  title!: string;

  @Field(() => [String], { description: 'Situations (情形) chosen' })
  situations!: string[];

  @Field(() => [PrefilledField], { description: 'The form’s fields in order, each key once' })
  fields!: PrefilledField[];

  @Field(() => [MaterialCheck], { description: 'The materials checklist, each material once' })
  materials!: MaterialCheck[];

  @Field(() => PrefillFigures, { description: 'Reform figures of this form' })
  figures!: PrefillFigures;

  @Field(() => String, { nullable: true, description: 'The one federated query sent to the gateway for this template: exactly the permitted items (null when nothing is read)' })
  sharedDataQuery!: string | null;

  @Field(() => [String], { description: 'Problems met reading departments (a department down or slow), for the clerk' })
  gatewayErrors!: string[];

  @Field(() => Int, { description: 'Milliseconds the gateway took' })
  gatewayMs!: number;

  @Field(() => DateTimeISO, { description: 'When the form was prefilled' })
  createdAt!: Date;
}
