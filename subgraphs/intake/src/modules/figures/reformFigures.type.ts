import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Reform figures over recorded prefills (改革成效统计): how much the departments filled and how much paper they replaced' })
export class ReformFigures {
  @Field(() => String, { nullable: true, description: 'Only prefills of this matter; null for all' })
  matterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'Only prefills of this bundle; null for all' })
  bundleCode!: string | null;

  @Field(() => Int, { description: 'Prefills counted (预填次数)' })
  prefills!: number;

  @Field(() => Int, { description: 'Fields in those forms (表单字段总数)' })
  fieldsInForms!: number;

  @Field(() => Int, { description: 'Fields filled from departments (预填字段总数)' })
  fieldsPrefilled!: number;

  @Field(() => Int, { description: 'Required materials (应交材料总数)' })
  materialsRequired!: number;

  @Field(() => Int, { description: 'Required materials met without paper (免提交材料总数)' })
  materialsSatisfied!: number;

  @Field(() => Float, { nullable: true, description: 'Fields prefilled / fields in the forms (预填率); null before any prefill' })
  prefilledShare!: number | null;

  @Field(() => Float, { nullable: true, description: 'Materials met without paper / materials required (免提交率); null when none required' })
  paperlessShare!: number | null;

  @Field(() => Int, { description: 'Prefilled values the clerks corrected (更正次数)' })
  corrections!: number;
}
