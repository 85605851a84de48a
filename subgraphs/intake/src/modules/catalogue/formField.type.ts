import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A coded value of a form field and how a form shows it, e.g. MALE → 男 (选项)' })
export class FieldOption {
  @Field(() => String, { description: 'The value as departments send it' })
  value!: string;

  @Field(() => String, { description: 'The label a form shows (显示值)' })
  label!: string;
}

@ObjectType({ description: 'Where a form field’s value is read from (数据来源绑定): a shared data item and a path in the federated graph' })
export class FieldBinding {
  @Field(() => String, { description: 'Data item code in the data-sharing catalogue' })
  dataItem!: string;

  @Field(() => String, { description: 'Path into the federated graph from the subject, e.g. person.household.address' })
  path!: string;
}

@ObjectType({ description: 'A field of a form template (表单字段); its key is shared by every template that asks it (一表申请)' })
export class FormFieldDefinition {
  @Field(() => String, { description: 'Field key, the same in every matter, e.g. applicant.address' })
  key!: string;

  @Field(() => String, { description: 'Label on the form (字段名称)' })
  label!: string;

  @Field(() => String, { description: 'English label' })
  englishLabel!: string;

  @Field(() => Boolean, { description: 'Whether the form requires it (必填)' })
  required!: boolean;

  @Field(() => [FieldOption], { description: 'Labels of coded values; empty for free text' })
  options!: FieldOption[];

  @Field(() => FieldBinding, { nullable: true, description: 'Where the value is read from for this template’s applicant; null when the applicant is asked (申请人填写)' })
  binding!: FieldBinding | null;

  @Field(() => [String], { description: 'Matters of the template that ask it (for a bundle, possibly several)' })
  matters!: string[];
}
