import { myLicencesAndReads, type DataReadFragment, type MyLicencesAndReadsQuery } from '@hub/sdk';
import { useEffect, useState } from 'react';
import type { Answer } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { LicenceTable } from '../components/citizen/LicenceTable';
import { ReadsTable } from '../components/citizen/ReadsTable';
import { DepartmentBadge } from '../components/DepartmentBadge';
import { LicenceDialog } from '../components/LicenceDialog';
import { Notice } from '../components/Notice';
import { ProblemNotice } from '../components/ProblemNotice';
import { ScreenHeader } from '../components/ScreenHeader';
import { useI18n } from '../i18n/I18nProvider';

type Person = NonNullable<MyLicencesAndReadsQuery['person']>;
const LOGS = [
  ['civil-affairs', 'accessLogCivilAffairs'],
  ['social-security', 'accessLogSocialSecurity'],
  ['market-access', 'accessLogMarketAccess'],
  ['e-license', 'accessLogELicense'],
] as const;

/** Every department's reads, newest first; and the departments whose log did not come back. */
function mergeReads(person: Person): { reads: DataReadFragment[]; missing: string[] } {
  const reads = LOGS.flatMap(([, field]) => person[field] ?? []);
  reads.sort((a, b) => b.at.localeCompare(a.at));
  return { reads, missing: LOGS.filter(([, field]) => person[field] === null).map(([department]) => department) };
}

/** The citizen's own page (我的证照 · 谁查了我的数据): only the person themself may see it. */
export function CitizenScreen() {
  const { t } = useI18n();
  const { ask, session } = useSignedIn();
  const idNumber = session.claims.idNumber;
  const [answer, setAnswer] = useState<Answer<MyLicencesAndReadsQuery> | null>(null);
  const [licenceId, setLicenceId] = useState<string | null>(null);
  useEffect(() => {
    if (idNumber) void ask(myLicencesAndReads, { idNumber }).then(setAnswer);
  }, [ask, idNumber]);
  const person = answer?.data?.person ?? null;
  const merged = person ? mergeReads(person) : null;
  return (
    <>
      <ScreenHeader title={t('citizen.title')} subtitle={person?.name ? t('citizen.greeting', { name: person.name }) : undefined} />
      {!idNumber ? <Notice tone="info" title={t('citizen.onlyCitizens')} /> : null}
      {idNumber && answer === null ? <p className="muted">{t('common.loading')}</p> : null}
      {answer ? <ProblemNotice problems={answer.problems} /> : null}
      {person && merged ? (
        <>
          <section className="panel" aria-labelledby="my-licences">
            <h2 id="my-licences">{t('citizen.licences')} <span className="count">{person.licences.length}</span></h2>
            <LicenceTable licences={person.licences} onShow={setLicenceId} />
          </section>
          <section className="panel" aria-labelledby="my-reads">
            <h2 id="my-reads">{t('citizen.reads')} <span className="count">{merged.reads.length}</span></h2>
            <p className="muted">{t('citizen.readsExplain')}</p>
            {merged.missing.length ? (
              <Notice tone="warning" title={t('citizen.logsMissing')}>
                {merged.missing.map((d) => <DepartmentBadge key={d} department={d} unavailable />)}
              </Notice>
            ) : null}
            <ReadsTable reads={merged.reads} />
          </section>
        </>
      ) : null}
      {licenceId ? <LicenceDialog licenceId={licenceId} onClose={() => setLicenceId(null)} /> : null}
    </>
  );
}
