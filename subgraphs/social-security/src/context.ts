import type { ContextInput, SubgraphContext } from '@hub/kit';
import type { PrismaClient } from './__generated__/prisma/client';
import { EnrolmentService } from './modules/enrolment/enrolment.service';
import { EmploymentService } from './modules/employment/employment.service';
import { CardService } from './modules/card/card.service';
import { UnemploymentService } from './modules/unemployment/unemployment.service';
import { CertificateService } from './modules/certificate/certificate.service';
import { AccessLogService } from './modules/access/access.service';

/** Per-request loaders over the department's batch-shaped services. */
export function socialSecurityLoaders({ prisma, loaders }: ContextInput<PrismaClient>) {
  const enrolments = new EnrolmentService(prisma);
  const employments = new EmploymentService(prisma);
  const cards = new CardService(prisma);
  const unemployment = new UnemploymentService(prisma);
  const certificates = new CertificateService(prisma);
  return {
    enrolments: loaders.many('enrolments', (ids: readonly string[]) => enrolments.findByIdNumbers(ids)),
    employments: loaders.many('employments', (ids: readonly string[]) => employments.findByIdNumbers(ids)),
    card: loaders.one('card', (ids: readonly string[]) => cards.findByIdNumbers(ids)),
    unemploymentRegistrations: loaders.many('unemploymentRegistrations', (ids: readonly string[]) => unemployment.findByIdNumbers(ids)),
    certificate: loaders.one('certificate', (ids: readonly string[]) => certificates.findByIdNumbers(ids)),
    insuredEmployeeCount: loaders.one('insuredEmployeeCount', (codes: readonly string[]) => enrolments.countInsuredByEmployers(codes)),
    currentEmployments: loaders.many('currentEmployments', (codes: readonly string[]) => employments.findCurrentByEmployers(codes)),
    accessLog: new AccessLogService(prisma),
  };
}

export interface SocialSecurityContext extends SubgraphContext {
  data: ReturnType<typeof socialSecurityLoaders>;
}

export function createContext(input: ContextInput<PrismaClient>): SocialSecurityContext {
  return { ...input.hub, loaders: input.loaders, log: input.log, access: input.access, data: socialSecurityLoaders(input) };
}
