import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO } from '@hub/kit';
import { CaseStatus, CaseType, SubjectKind } from '../../enums';
import { Licence, MarketEntity, Person } from '../applicant/applicant.type';

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

  @Field(() => Int, { description: 'Version for optimistic locking: every change bumps it; send it back as expectedVersion' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'Case number (受理编号), given at acceptance' })
  number!: string | null;

  @Field(() => CaseType, { nullable: true, description: 'Case type (办件类型), set at acceptance: a bundle is 联办件' })
  caseType!: CaseType | null;

  @Field(() => DateTimeISO, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => CalendarDate, { nullable: true, description: 'Deadline (办结时限): the promised time limit counted in working days from acceptance' })
  deadline!: Date | null;

  @Field(() => String, { nullable: true, description: '承诺告知制: the applicant’s written commitment that replaced the on-site inspection' })
  commitmentText!: string | null;

  @Field(() => String, { nullable: true, description: 'Written reasons when the case ended without a result (不予受理、退办、不予许可)' })
  closingReasons!: string | null;

  @Field(() => [Licence], { description: 'E-licences issued as the result (出件)' })
  resultLicences!: Licence[];

  @Field(() => String, { nullable: true, description: 'How the result was handed over: WINDOW, MAIL, ELECTRONIC or AGENT' })
  deliveryMethod!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  deliveredAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: 'When the case ended' })
  closedAt!: Date | null;
}
