import type { EmploymentCertificate as CertificateRow } from '../../__generated__/prisma/client';
import { EmploymentCertificate } from './certificate.type';

export function certificateFromRow(row: CertificateRow): EmploymentCertificate {
  return Object.assign(new EmploymentCertificate(), {
    number: row.number,
    issuedOn: row.issuedOn,
    issuedBy: row.issuedBy,
    asOf: row.asOf,
  });
}
