import { Directive, Field, ObjectType } from 'type-graphql';
import { DateTimeISO, Fen as SafeInt } from '../scalars';

// Value types every department defines identically: @shareable, so Federation 2 composes
// them; each department's list of them hangs off Person under its own field name.

@Directive('@shareable')
@ObjectType({ description: 'Who read the data (调用者), as the gateway authenticated them' })
export class DataAccessCaller {
  @Field(() => String, { description: 'Account identifier of the caller' })
  id!: string;

  @Field(() => String, { description: 'Role: CLERK (窗口人员), APPROVER (审批人员), DEPARTMENT_SYSTEM, CITIZEN' })
  role!: string;

  @Field(() => String, { nullable: true, description: 'Display name of the caller' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Service centre (便民服务中心) of a clerk' })
  centre!: string | null;

  @Field(() => String, { nullable: true, description: 'Town division code (乡镇/街道) of a clerk' })
  division!: string | null;

  @Field(() => String, { nullable: true, description: 'Department of an approver or a department system' })
  department!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'Why the data was read (申请事由): the matter or case it served' })
export class DataAccessPurpose {
  @Field(() => String, { nullable: true, description: 'Service matter code (事项编码)' })
  matter!: string | null;

  @Field(() => String, { nullable: true, description: 'Case number (办件编号)' })
  caseId!: string | null;
}

@Directive('@shareable')
@ObjectType({ description: 'One read of a person’s data served by a department (用数留痕记录)' })
export class DataAccessRecord {
  @Field(() => String, { description: 'Department that served the data and keeps this record, e.g. civil-affairs' })
  department!: string;

  @Field(() => SafeInt, { description: 'Position in the department’s hash-chained log' })
  seq!: number;

  @Field(() => DateTimeISO, { description: 'When the data was served' })
  at!: Date;

  @Field(() => DataAccessCaller, { description: 'Who read it' })
  caller!: DataAccessCaller;

  @Field(() => DataAccessPurpose, { nullable: true, description: 'Why; null when the caller declared no purpose' })
  purpose!: DataAccessPurpose | null;

  @Field(() => [String], { description: 'Items served, as paths from the person, e.g. name, household.address' })
  items!: string[];

  @Field(() => String, { description: 'Trace id of the request, to follow it across departments' })
  traceId!: string;
}

/** The stored columns a department's Prisma client returns for its DataAccessRecord model. */
export interface StoredDataAccess {
  seq: bigint | number;
  at: Date;
  items: string[];
  callerId: string;
  callerRole: string;
  callerName: string | null;
  callerCentre: string | null;
  callerDivision: string | null;
  callerDepartment: string | null;
  purposeMatter: string | null;
  purposeCase: string | null;
  traceId: string;
}

export function dataAccessRecordFromRow(row: StoredDataAccess, department: string): DataAccessRecord {
  const hasPurpose = row.purposeMatter !== null || row.purposeCase !== null;
  return Object.assign(new DataAccessRecord(), {
    department,
    seq: Number(row.seq),
    at: row.at,
    caller: Object.assign(new DataAccessCaller(), {
      id: row.callerId,
      role: row.callerRole,
      name: row.callerName,
      centre: row.callerCentre,
      division: row.callerDivision,
      department: row.callerDepartment,
    }),
    purpose: hasPurpose ? Object.assign(new DataAccessPurpose(), { matter: row.purposeMatter, caseId: row.purposeCase }) : null,
    items: row.items,
    traceId: row.traceId,
  });
}
