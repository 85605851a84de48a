import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CalendarDate, DateTimeISO, JSONObject } from '@hub/kit';
import { CaseStatus } from '../../enums';

@ObjectType({ description: 'A back-office task (后台审批任务) of one department in a case' })
export class CaseTaskView {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The case id' })
  caseId!: string;

  @Field(() => String, { description: 'The department whose task it is' })
  department!: string;

  @Field(() => String, { description: 'The matter it decides' })
  matterCode!: string;

  @Field(() => String, { description: 'INSPECTION (现场核查), REVIEW (审批), TOWNSHIP_REVIEW (乡镇初审) or COUNTY_DECISION (县级审批)' })
  step!: string;

  @Field(() => Int, { description: 'Steps of one matter run in order of this number; different matters in parallel' })
  sequence!: number;

  @Field(() => String, { description: 'WAITING, PENDING, CORRECTION_REQUESTED, APPROVED, REFUSED or CANCELLED' })
  status!: string;

  @Field(() => CalendarDate, { description: 'Due date (办结时限)' })
  dueDate!: Date;

  @Field(() => Boolean, { description: 'Past its due date and not decided' })
  overdue!: boolean;

  @Field(() => DateTimeISO, { nullable: true })
  decidedAt!: Date | null;

  @Field(() => String, { nullable: true, description: 'Who decided' })
  decidedBy!: string | null;

  @Field(() => String, { nullable: true, description: 'Written reasons of a refusal or a correction request' })
  reasons!: string | null;

  @Field(() => Int, { description: 'Version for optimistic locking' })
  version!: number;
}

@ObjectType({ description: 'One step of a case, with who, where and when (全程留痕)' })
export class CaseEventView {
  @Field(() => String, { description: 'Sequence number, increasing' })
  seq!: string;

  @Field(() => DateTimeISO)
  at!: Date;

  @Field(() => String, { description: 'OPEN, NOT_ACCEPTED, ACCEPT, APPROVE_TASK, APPROVE, REFUSE, REQUEST_CORRECTION, SUBMIT_CORRECTION, WITHDRAW, ISSUE_RESULT, DELIVER, RATE …' })
  action!: string;

  @Field(() => CaseStatus, { nullable: true })
  fromStatus!: CaseStatus | null;

  @Field(() => CaseStatus)
  toStatus!: CaseStatus;

  @Field(() => String)
  actorId!: string;

  @Field(() => String)
  actorRole!: string;

  @Field(() => String, { nullable: true })
  actorName!: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s centre (clerks)' })
  centre!: string | null;

  @Field(() => String, { nullable: true, description: 'The actor’s department (approvers)' })
  department!: string | null;

  @Field(() => JSONObject, { nullable: true, description: 'What the step carried: reasons, tasks, materials' })
  detail!: Record<string, unknown> | null;
}

@ObjectType({ description: '容缺: a material accepted as missing on the applicant’s commitment to bring it by a date' })
export class MaterialCommitmentView {
  @Field(() => String)
  materialCode!: string;

  @Field(() => String)
  name!: string;

  @Field(() => CalendarDate)
  dueDate!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: 'When it was brought' })
  fulfilledAt!: Date | null;

  @Field(() => Boolean, { description: 'Not brought and past its due date' })
  overdue!: boolean;
}

@ObjectType({ description: '帮办代办: the agent the applicant entrusted, and the four steps 委托 → 受理 → 承办 → 回交' })
export class CaseMandateView {
  @Field(() => String)
  agentName!: string;

  @Field(() => String, { nullable: true })
  agentPhone!: string | null;

  @Field(() => String, { description: 'The village (community) service station' })
  station!: string;

  @Field(() => String, { description: 'What the agent was entrusted with (委托事项)' })
  scope!: string;

  @Field(() => DateTimeISO, { description: '委托' })
  entrustedAt!: Date;

  @Field(() => DateTimeISO, { nullable: true, description: '受理' })
  acceptedAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: '承办 (the back offices finished)' })
  handledAt!: Date | null;

  @Field(() => DateTimeISO, { nullable: true, description: '回交 (the result returned to the applicant through the agent)' })
  returnedAt!: Date | null;
}

@ObjectType({ description: '好差评: the applicant’s rating, and the follow-up of a bad one (差评整改)' })
export class CaseRatingView {
  @Field(() => Int, { description: '1 (非常不满意) … 5 (非常满意)' })
  score!: number;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field(() => DateTimeISO)
  ratedAt!: Date;

  @Field(() => Boolean, { description: 'A bad rating’s follow-up is open' })
  followUpOpen!: boolean;

  @Field(() => String, { nullable: true, description: 'The centre’s response that closed the follow-up' })
  followUpResponse!: string | null;

  @Field(() => DateTimeISO, { nullable: true })
  followUpClosedAt!: Date | null;
}

@ObjectType({ description: 'One item of a one-time notice' })
export class NoticeItemView {
  @Field(() => String)
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'MUST_SUBMIT (须提交) or MAY_BE_TOLERATED (可容缺：签署承诺书并约定补交日期)' })
  requirement!: string;
}

@ObjectType({ description: '一次性告知单: everything missing, listed at once, with a printable text' })
export class OneTimeNoticeView {
  @Field(() => DateTimeISO)
  issuedAt!: Date;

  @Field(() => [NoticeItemView])
  items!: NoticeItemView[];

  @Field(() => String, { description: 'The notice as printed for the applicant' })
  printable!: string;
}

@ObjectType({ description: '限时办结 counts: open, overdue and due today, per centre or department' })
export class TimeLimitCountView {
  @Field(() => String, { description: 'The centre or the department' })
  key!: string;

  @Field(() => Int)
  open!: number;

  @Field(() => Int)
  overdue!: number;

  @Field(() => Int)
  dueToday!: number;
}

@ObjectType({ description: 'Time-limit counts of the caller’s centre (clerks) or department (approvers)' })
export class TimeLimitCountsView {
  @Field(() => [TimeLimitCountView], { description: 'Cases not yet completed, per centre' })
  centres!: TimeLimitCountView[];

  @Field(() => [TimeLimitCountView], { description: 'Tasks not yet decided, per department' })
  departments!: TimeLimitCountView[];
}

export const CLOSED_STATUSES: ReadonlySet<CaseStatus> = new Set([CaseStatus.NOT_ACCEPTED, CaseStatus.REFUSED, CaseStatus.WITHDRAWN, CaseStatus.DELIVERED]);
