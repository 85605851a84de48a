import { Field, InputType, Int } from 'type-graphql';
import { CalendarDate } from '@hub/kit';

@InputType({ description: '容缺: a missing material accepted on the applicant’s commitment to bring it by a date' })
export class ToleratedMaterialInput {
  @Field(() => String, { description: 'Material code from the checklist' })
  materialCode!: string;

  @Field(() => CalendarDate, { description: 'The day it will be brought by (at most 60 days ahead)' })
  dueDate!: Date;
}

@InputType({ description: 'The clerk’s acceptance (受理) of a prefilled case' })
export class AcceptCaseInput {
  @Field(() => String)
  caseId!: string;

  @Field(() => Int, { nullable: true, description: 'The version the clerk saw; a changed case is refused with CONFLICT' })
  expectedVersion?: number | null;

  @Field(() => String, { nullable: true, description: 'The prefill accepted; the case’s latest when omitted' })
  prefillId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Materials the applicant handed in on paper at the window' })
  broughtMaterials?: string[] | null;

  @Field(() => [ToleratedMaterialInput], { nullable: true, description: '容缺: missing materials accepted on a commitment' })
  tolerated?: ToleratedMaterialInput[] | null;

  @Field(() => String, { nullable: true, description: '承诺书: the applicant’s written commitment, where the matter lets it replace the on-site inspection (承诺告知制)' })
  commitment?: string | null;

  @Field(() => String, { nullable: true, description: 'Idempotency key: a retry with the same key changes nothing and returns the case' })
  idempotencyKey?: string | null;
}

@InputType({ description: '帮办代办: the agent the applicant entrusts, and with what' })
export class MandateInput {
  @Field(() => String)
  agentName!: string;

  @Field(() => String, { nullable: true })
  agentPhone?: string | null;

  @Field(() => String, { description: 'The village (community) service station, e.g. 城东街道西河村便民服务站' })
  station!: string;

  @Field(() => String, { description: 'What the agent is entrusted with (委托事项)' })
  scope!: string;
}
