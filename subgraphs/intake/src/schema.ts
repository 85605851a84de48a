import './enums';
import { buildFederatedSchema } from '@hub/kit';
import { CaseResolver } from './modules/case/case.resolver';
import { CaseDetailsResolver } from './modules/case/caseDetails.resolver';
import { CaseFlowResolver } from './modules/case/caseFlow.resolver';
import { CaseTaskResolver } from './modules/case/caseTask.resolver';
import { DataAuthorisationResolver } from './modules/authorisation/authorisation.resolver';
import { ApplicantResolver } from './modules/applicant/applicant.resolver';
import { Licence } from './modules/applicant/applicant.type';
import { LifeEventBundleResolver } from './modules/catalogue/bundle.resolver';
import { DataSharingItemResolver } from './modules/catalogue/dataItem.resolver';
import { MatterResolver, resolveMatterReference } from './modules/catalogue/matter.resolver';
import { CorrectionResolver } from './modules/correction/correction.resolver';
import { ReformFiguresResolver } from './modules/figures/reformFigures.resolver';
import { PrefillResolver } from './modules/prefill/prefill.resolver';

export function buildIntakeSchema() {
  return buildFederatedSchema(
    {
      resolvers: [
        MatterResolver, LifeEventBundleResolver, DataSharingItemResolver, ApplicantResolver, PrefillResolver, CorrectionResolver, ReformFiguresResolver,
        CaseResolver, CaseDetailsResolver, CaseFlowResolver, CaseTaskResolver, DataAuthorisationResolver,
      ],
      orphanedTypes: [Licence],
    },
    { Matter: { __resolveReference: resolveMatterReference } },
  );
}
