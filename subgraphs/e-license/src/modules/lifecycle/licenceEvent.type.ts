import { Field, ObjectType } from 'type-graphql';
import { DateTimeISO } from '@hub/kit';
import type { LicenceEvent as LicenceEventRow } from '../../__generated__/prisma/client';
import { LicenceEventKind, LicenceStatus } from '../../enums';

@ObjectType({ description: 'One step of a licence’s lifecycle (证照历史): issue, renewal, revocation, expiry' })
export class LicenceEvent {
  @Field(() => LicenceEventKind, { description: 'What happened' })
  kind!: LicenceEventKind;

  @Field(() => DateTimeISO, { description: 'When' })
  at!: Date;

  @Field(() => LicenceStatus, { description: 'The licence’s status after it' })
  status!: LicenceStatus;

  @Field(() => String, { nullable: true, description: 'Why (e.g. the revocation reason)' })
  reason!: string | null;

  @Field(() => String, { nullable: true, description: 'The case (办件) it was done in' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The other licence of a renewal: the one replaced, or the one replacing' })
  relatedLicenceId!: string | null;

  @Field(() => String, { description: 'Who did it: an account, or issuer:<credit code> for licences migrated from the issuer' })
  actorId!: string;

  @Field(() => String, { description: 'Their role' })
  actorRole!: string;

  @Field(() => String, { nullable: true, description: 'Their department' })
  actorDepartment!: string | null;
}

export function licenceEventFromRow(row: LicenceEventRow): LicenceEvent {
  return Object.assign(new LicenceEvent(), {
    kind: row.kind, at: row.at, status: row.status, reason: row.reason, caseId: row.caseId,
    relatedLicenceId: row.relatedLicenceId, actorId: row.actorId, actorRole: row.actorRole, actorDepartment: row.actorDepartment,
  });
}
