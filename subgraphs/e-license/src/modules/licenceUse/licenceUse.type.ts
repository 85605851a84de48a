import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DataAccessCaller, DateTimeISO } from '@hub/kit';
import type { LicenceUse as LicenceUseRow } from '../../__generated__/prisma/client';
import { LicenceUseKind } from '../../enums';

export enum LicenceUseBasis {
  CASE = 'CASE',
  AUTHORISATION = 'AUTHORISATION',
}
registerEnumType(LicenceUseBasis, {
  name: 'LicenceUseBasis',
  description: 'What allowed a use of a licence',
  valuesConfig: {
    CASE: { description: 'An open case (办件) of the holder' },
    AUTHORISATION: { description: 'The holder’s authorisation (用证授权)' },
  },
});

@ObjectType({ description: 'One use of a licence under a purpose (用证记录): which licence, by whom, for which case or authorisation, when' })
export class LicenceUse {
  @Field(() => DateTimeISO, { description: 'When it was used' })
  at!: Date;

  @Field(() => String, { description: 'The licence used (电子证照标识)' })
  licenceId!: string;

  @Field(() => String, { description: 'Its type code (证照类型代码)' })
  licenceTypeCode!: string;

  @Field(() => LicenceUseKind, { description: 'How it was used' })
  kind!: LicenceUseKind;

  @Field(() => DataAccessCaller, { description: 'Who used it, as the gateway authenticated them (with their service centre)' })
  caller!: DataAccessCaller;

  @Field(() => LicenceUseBasis, { description: 'An open case or the holder’s authorisation' })
  basis!: LicenceUseBasis;

  @Field(() => String, { nullable: true, description: 'The case (办件编号) when the basis is a case' })
  caseId!: string | null;

  @Field(() => String, { nullable: true, description: 'The holder’s authorisation (用证授权) when the basis is one' })
  authorisationId!: string | null;

  @Field(() => String, { description: 'The matter or bundle code the use served (事项编码)' })
  matter!: string;

  @Field(() => String, { description: 'Its name, e.g. 开办餐馆' })
  matterName!: string;

  @Field(() => String, { description: 'Trace id of the request' })
  traceId!: string;
}

export function licenceUseFromRow(row: LicenceUseRow): LicenceUse {
  const basis = row.basis === LicenceUseBasis.AUTHORISATION ? LicenceUseBasis.AUTHORISATION : LicenceUseBasis.CASE;
  return Object.assign(new LicenceUse(), {
    at: row.at,
    licenceId: row.licenceId,
    licenceTypeCode: row.typeCode,
    kind: row.kind,
    caller: Object.assign(new DataAccessCaller(), {
      id: row.callerId, role: row.callerRole, name: row.callerName, centre: row.callerCentre, division: row.callerDivision, department: row.callerDepartment,
    }),
    basis,
    caseId: basis === LicenceUseBasis.CASE ? row.purposeId : null,
    authorisationId: basis === LicenceUseBasis.AUTHORISATION ? row.purposeId : null,
    matter: row.matter,
    matterName: row.matterName,
    traceId: row.traceId,
  });
}
