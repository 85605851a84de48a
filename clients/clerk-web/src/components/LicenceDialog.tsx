import { licenceById } from '@hub/sdk';
import { useEffect, useState } from 'react';
import type { Answer } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';
import { LicenceCard, type Licence } from './LicenceCard';
import { ProblemNotice } from './ProblemNotice';

/**
 * Shows an e-licence: one used instead of paper (用证), read for the matter as its purpose
 * (x-hub-matter) and recorded by the library for the holder to see; or the holder's own.
 */
export function LicenceDialog({ licenceId, matter, onClose }: { licenceId: string; matter?: string; onClose(): void }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const [answer, setAnswer] = useState<Answer<{ licence: Licence | null }> | null>(null);
  useEffect(() => {
    let current = true;
    void ask(licenceById, { id: licenceId }, matter ? { matter } : undefined).then((a) => current && setAnswer(a));
    return () => {
      current = false;
    };
  }, [ask, licenceId, matter]);
  return (
    <Dialog title={t('licence.title')} onClose={onClose} wide testId="licence-dialog">
      {answer === null ? <p className="muted">{t('common.loading')}</p> : null}
      {answer?.data?.licence ? <LicenceCard licence={answer.data.licence} /> : null}
      {answer && !answer.data?.licence && answer.problems.length === 0 ? <p data-testid="licence-missing">{t('licence.notFound')}</p> : null}
      {answer ? <ProblemNotice problems={answer.problems} /> : null}
    </Dialog>
  );
}
