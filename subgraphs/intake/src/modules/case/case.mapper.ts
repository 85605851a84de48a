import type { Case as CaseRow } from '../../__generated__/prisma/client';
import { SubjectKind } from '../../enums';
import { licenceRef, marketEntityRef, personRef } from '../applicant/applicant.type';
import { Case } from './case.type';

export function caseFromRow(row: CaseRow): Case {
  return Object.assign(new Case(), {
    id: row.id,
    status: row.status,
    subjectKind: row.subjectKind,
    subjectCode: row.subjectCode,
    applicant: row.subjectKind === SubjectKind.PERSON ? personRef(row.subjectCode) : null,
    applicantEntity: row.subjectKind === SubjectKind.MARKET_ENTITY ? marketEntityRef(row.subjectCode) : null,
    matterCode: row.matterCode,
    bundleCode: row.bundleCode,
    title: row.title,
    situations: row.situations,
    centre: row.centre,
    division: row.division,
    openedBy: row.openedByName ?? row.openedById,
    openedAt: row.openedAt,
    version: row.version,
    number: row.number,
    caseType: row.caseType,
    acceptedAt: row.acceptedAt,
    deadline: row.deadline,
    commitmentText: row.commitmentText,
    closingReasons: row.closingReasons,
    resultLicences: row.resultLicenceIds.map(licenceRef),
    deliveryMethod: row.deliveryMethod,
    deliveredAt: row.deliveredAt,
    closedAt: row.closedAt,
  });
}
