import { Field, ID, Int, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import { CaseStatus, SubjectKind } from '../../enums';
import { MarketEntity, Person } from '../applicant/applicant.type';

@ObjectType({ description: 'A case (办件): one applicant, one matter or life-event bundle, opened at a service centre’s window' })
export class Case {
  @Field(() => ID, { description: 'Case id' })
  id!: string;

  @Field(() => CaseStatus, { description: 'Where the case stands (办件状态)' })
  status!: CaseStatus;

  @Field(() => SubjectKind, { description: 'Who applies' })
  subjectKind!: SubjectKind;

  @Field(() => String, { description: 'The applicant’s citizen ID number or credit code' })
  subjectCode!: string;

  @Field(() => Person, { nullable: true, description: 'The applicant, when a person' })
  applicant!: Person | null;

  @Field(() => MarketEntity, { nullable: true, description: 'The applicant, when a market entity' })
  applicantEntity!: MarketEntity | null;

  @Field(() => String, { nullable: true, description: 'The matter (事项编码), or null for a bundle' })
  matterCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The life-event bundle (一件事), or null for one matter' })
  bundleCode!: string | null;

  @Field(() => String, { description: 'The matter’s or bundle’s name, e.g. 开办餐馆' })
  title!: string;

  @Field(() => [String], { description: 'Situations (情形) that apply' })
  situations!: string[];

  @Field(() => String, { description: 'The service centre where the case was opened' })
  centre!: string;

  @Field(() => String, { nullable: true, description: 'Its town division code (乡镇/街道)' })
  division!: string | null;

  @Field(() => String, { description: 'The clerk who opened it' })
  openedBy!: string;

  @Field(() => DateTimeISO, { description: 'When it was opened' })
  openedAt!: Date;

  @Field(() => Int, { description: 'Version for optimistic locking: every change bumps it' })
  version!: number;
}
