import { licenceById } from '@hub/sdk';
import { useEffect, useRef, useState } from 'react';
import type { Answer, Purpose } from '../api/hub';
import { useSignedIn } from '../app/SessionContext';
import { useI18n } from '../i18n/I18nProvider';
import { Dialog } from './Dialog';
import { LicenceCard, type Licence } from './LicenceCard';
import { ProblemNotice } from './ProblemNotice';

/**
 * Shows an e-licence: one used instead of paper (用证), read under the case's purpose grant
 * and recorded by the library for the holder to see; or the holder's own (no purpose).
 */
export function LicenceDialog({ licenceId, purpose, onClose }: { licenceId: string; purpose?: () => Promise<Purpose | undefined>; onClose(): void }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const [answer, setAnswer] = useState<Answer<{ licence: Licence | null }> | null>(null);
  // Asked once, when the dialog opens: a grant renewed meanwhile does not read the licence again.
  const purposeOnOpen = useRef(purpose);
  useEffect(() => {
    let current = true;
    void (async () => {
      const answer = await ask(licenceById, { id: licenceId }, purposeOnOpen.current ? await purposeOnOpen.current() : undefined);
      if (current) setAnswer(answer);
    })();
    return () => {
      current = false;
    };
  }, [ask, licenceId]);
  return (
    <Dialog title={t('licence.title')} onClose={onClose} wide testId="licence-dialog">
      {answer === null ? <p className="muted">{t('common.loading')}</p> : null}
      {answer?.data?.licence ? <LicenceCard licence={answer.data.licence} /> : null}
      {answer && !answer.data?.licence && answer.problems.length === 0 ? <p data-testid="licence-missing">{t('licence.notFound')}</p> : null}
      {answer ? <ProblemNotice problems={answer.problems} /> : null}
    </Dialog>
  );
}
