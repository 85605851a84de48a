import { Field, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { CaseType, SubjectKind } from '../../enums';
import { FormFieldDefinition } from './formField.type';
import { MaterialRequirement, Matter } from './matter.type';

@ObjectType({ description: 'A life-event bundle (一件事): several departments’ matters with one form, one set of materials and one process (一链办理)' })
export class LifeEventBundle {
  @Field(() => String, { description: 'Bundle code, e.g. YJS-001' })
  code!: string;

  @Field(() => String, { description: 'Name as citizens say it, e.g. 开办餐馆' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  englishName!: string;

  @Field(() => String, { description: 'What is done together (说明)' })
  description!: string;

  @Field(() => SubjectKind, { description: 'Who applies for the bundle' })
  subjectKind!: SubjectKind;

  @Field(() => CaseType, { description: 'Always 联办件: several departments handle it jointly' })
  caseType!: CaseType;

  @Field(() => String, { description: 'What the applicant receives (办理结果), e.g. 行业综合许可证' })
  result!: string;

  @Field(() => String, { nullable: true, description: 'Licence type code of the result when it is one e-licence (一业一证)' })
  resultLicenceTypeCode!: string | null;

  @Field(() => Int, { description: 'Promised time limit for the whole bundle, in working days' })
  promisedTimeLimitDays!: number;

  @Field(() => [Matter], { description: 'The matters bundled, in the order they are handled' })
  matters!: Matter[];

  @Field(() => [String], { description: 'Departments involved (涉及部门)' })
  departments!: string[];

  @Field(() => [FormFieldDefinition], { description: 'The one form (一表申请): every matter’s fields, each key asked once' })
  formFields!: FormFieldDefinition[];

  @Field(() => [MaterialRequirement], { description: 'The one set of materials (一套材料), each asked once; situational materials left out' })
  materials!: MaterialRequirement[];

  @Field(() => DateTimeISO, { description: 'When this catalogue entry last changed' })
  updatedAt!: Date;
}
