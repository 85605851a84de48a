import { useEffect, useState } from 'react';
import { useSignedIn } from '../app/SessionContext';
import { ApplicantDataCard } from '../components/ApplicantCard';
import { isOpen, maskSubject } from '../domain/caseView';
import { useI18n } from '../i18n/I18nProvider';
import { freshGrant, purposeFor, readApplicantCard } from '../intake/caseOpening';
import type { CaseDetail, Lookup } from '../intake/model';

/**
 * The applicant of a case on the queue or in the back office: read under the case's own
 * grant while it is open; once it has ended it is no longer a purpose, and only the masked
 * identifier is shown.
 */
export function CaseApplicant({ detail }: { detail: CaseDetail }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const open = isOpen(detail.status);
  const [lookup, setLookup] = useState<Lookup | null>(null);
  useEffect(() => {
    if (!open) return;
    let current = true;
    void (async () => {
      const grant = await freshGrant(ask, detail.id, null);
      const read: Lookup = grant.data
        ? await readApplicantCard(ask, detail.subjectKind, detail.subjectCode, grant.data, purposeFor(detail.id, grant.data, detail.bundleCode ?? detail.matterCode ?? undefined))
        : { status: 'failed', problems: grant.problems };
      if (current) setLookup(read);
    })();
    return () => {
      current = false;
    };
  }, [ask, open, detail.id, detail.subjectKind, detail.subjectCode, detail.bundleCode, detail.matterCode]);
  if (!open) {
    return (
      <section className="panel applicant-card">
        <h2>{t('applicant.card')}</h2>
        <p>
          <span className="mono">{maskSubject(detail.subjectKind, detail.subjectCode)}</span> <span className="muted small">{t('caseView.closedNoRead')}</span>
        </p>
      </section>
    );
  }
  return lookup ? <ApplicantDataCard lookup={lookup} kind={detail.subjectKind} /> : <p className="muted">{t('common.loading')}</p>;
}
