import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { SharingMethod, SubjectKind } from '../../enums';

@ObjectType({ description: 'A shared data item of the data-sharing catalogue (数据共享清单): who provides it, what it covers, what it may serve, how it travels' })
export class DataSharingItem {
  @Field(() => String, { description: 'Item code (信息项编码), e.g. civil.household.register' })
  code!: string;

  @Field(() => String, { description: 'Item name (共享信息项名称), e.g. 户籍（户口簿）信息' })
  name!: string;

  @Field(() => String, { description: 'English name' })
  englishName!: string;

  @Field(() => String, { description: 'Providing department (提供单位): the subgraph name, e.g. civil-affairs' })
  provider!: string;

  @Field(() => SubjectKind, { description: 'Whose data it is: a person or a market entity (数据主体类型)' })
  subjectKind!: SubjectKind;

  @Field(() => SharingMethod, { description: 'How it is used (使用方式): a federated query, or an e-licence instead of paper' })
  method!: SharingMethod;

  @Field(() => [String], { description: 'Fields covered (信息项), as paths into the federated graph from the subject, e.g. person.household.address' })
  fields!: string[];

  @Field(() => String, { description: 'Path of the department record’s as-of time (数据时点) reported as each value’s provenance' })
  asOfPath!: string;

  @Field(() => String, { nullable: true, description: 'For e-licence items: the licence type code (证照类型代码) read from the library' })
  licenceTypeCode!: string | null;

  @Field(() => [String], { description: 'Other departments the path passes through, e.g. market-access finds a legal representative' })
  via!: string[];

  @Field(() => [String], { description: 'Matter codes the item may serve (使用目的); a matter outside them is refused the item' })
  purposes!: string[];

  @Field(() => String, { description: 'What the item is and what it replaces (说明)' })
  description!: string;

  @Field(() => DateTimeISO, { description: 'When this catalogue entry last changed' })
  updatedAt!: Date;
}
