import { closeRatingFollowUp, deliverCaseResult, fulfilCommitment, rateCase, submitCorrection, withdrawCase } from '@hub/sdk';
import { useState } from 'react';
import type { Answer } from '../api/hub';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { DELIVERY_METHODS, deliveryKey, isOpen, type DeliveryMethod } from '../domain/caseView';
import { useI18n, type Translate } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { CaseDetail } from '../intake/model';
import { ActionDialog, ReasonField } from './ActionDialog';

type Take = <T>(step: Promise<Answer<T>>, result: (data: T) => CaseDetail) => Promise<Problem[] | null>;
type Open = 'correction' | 'withdraw' | 'deliver' | 'rate' | 'followUp' | null;

const SCORES: Array<{ score: number; label: MessageKey }> = [
  { score: 5, label: 'rating.5' },
  { score: 4, label: 'rating.4' },
  { score: 3, label: 'rating.3' },
  { score: 2, label: 'rating.2' },
  { score: 1, label: 'rating.1' },
];

/**
 * The window's steps on a case (窗口办理): a correction brought in (补正), ending it with
 * reasons (退办), handing over the result and how (出件), the applicant's rating (好差评)
 * and the response to a bad one (差评整改) — each offered only where the case's status allows it.
 */
export function WindowActions({ detail, take }: { detail: CaseDetail; take: Take }) {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const [open, setOpen] = useState<Open>(null);
  const [text, setText] = useState('');
  const [method, setMethod] = useState<DeliveryMethod>('WINDOW');
  const [score, setScore] = useState<number | null>(null);
  const show = (which: Open) => {
    setText('');
    setScore(null);
    setMethod('WINDOW');
    setOpen(which);
  };
  const done = async (problems: Promise<Problem[] | null>) => {
    const refused = await problems;
    if (!refused) setOpen(null);
    return refused;
  };
  const version = detail.version;
  const ended = !isOpen(detail.status);
  const actions: Array<{ id: Exclude<Open, null>; label: MessageKey; primary?: boolean }> = [];
  if (detail.status === 'CORRECTION_REQUESTED') actions.push({ id: 'correction', label: 'window.correction', primary: true });
  if (detail.status === 'APPROVED') actions.push({ id: 'deliver', label: 'window.deliver', primary: true });
  if (ended && !detail.rating) actions.push({ id: 'rate', label: 'window.rate', primary: true });
  if (detail.rating?.followUpOpen) actions.push({ id: 'followUp', label: 'window.followUp', primary: true });
  if (isOpen(detail.status) && detail.status !== 'APPROVED') actions.push({ id: 'withdraw', label: 'window.withdraw' });

  return (
    <section className="panel" aria-labelledby="window-actions">
      <h2 id="window-actions">{t('window.title')}</h2>
      <p className="window-state" data-testid="window-state">{stateLine(detail, t)}</p>
      {actions.length ? (
        <div className="actions">
          {actions.map((a) => (
            <button key={a.id} type="button" className={`button${a.primary ? ' button--primary' : ''}${a.id === 'withdraw' ? ' button--danger-outline' : ''}`} onClick={() => show(a.id)} data-action={a.id}>
              {t(a.label)}
            </button>
          ))}
        </div>
      ) : null}
      {open === 'correction' ? (
        <ActionDialog title={t('window.correction')} explain={t('window.correctionExplain')} submitLabel={t('window.correctionSubmit')} testId="correction-submit-dialog" canSubmit={!!text.trim()} onClose={() => setOpen(null)}
          onSubmit={() => done(take(ask(submitCorrection, { caseId: detail.id, note: text.trim(), expectedVersion: version }), (d) => d.submitCorrection))}>
          <ReasonField label={t('window.correctionNote')} value={text} required onChange={setText} suggestions={['window.correctionNote.brought']} />
        </ActionDialog>
      ) : null}
      {open === 'withdraw' ? (
        <ActionDialog title={t('window.withdraw')} explain={t('window.withdrawExplain')} submitLabel={t('window.withdrawSubmit')} testId="withdraw-dialog" danger canSubmit={!!text.trim()} onClose={() => setOpen(null)}
          onSubmit={() => done(take(ask(withdrawCase, { caseId: detail.id, reasons: text.trim(), expectedVersion: version }), (d) => d.withdrawCase))}>
          <ReasonField label={t('window.withdrawReasons')} value={text} required onChange={setText} suggestions={['window.withdraw.applicant', 'window.withdraw.notEligible']} />
        </ActionDialog>
      ) : null}
      {open === 'deliver' ? (
        <ActionDialog title={t('window.deliver')} explain={t('window.deliverExplain')} submitLabel={t('window.deliverSubmit')} testId="deliver-dialog" canSubmit onClose={() => setOpen(null)}
          onSubmit={() => done(take(ask(deliverCaseResult, { caseId: detail.id, method, expectedVersion: version }), (d) => d.deliverCaseResult))}>
          <fieldset className="choice-list">
            <legend className="field__label">{t('window.deliverMethod')}</legend>
            {DELIVERY_METHODS.filter((m) => m !== 'AGENT' || detail.mandate).map((m) => (
              <label key={m} className="segmented__option">
                <input type="radio" name="method" checked={method === m} onChange={() => setMethod(m)} autoFocus={m === method} />
                {t(deliveryKey(m)!)}
              </label>
            ))}
          </fieldset>
        </ActionDialog>
      ) : null}
      {open === 'rate' ? (
        <ActionDialog title={t('window.rate')} explain={t('window.rateExplain')} submitLabel={t('window.rateSubmit')} testId="rate-dialog" canSubmit={score !== null} onClose={() => setOpen(null)}
          onSubmit={() => done(take(ask(rateCase, { caseId: detail.id, score: score!, comment: text.trim() || null }), (d) => d.rateCase))}>
          <fieldset className="choice-list">
            <legend className="field__label">{t('window.rateScore')}</legend>
            {SCORES.map((s) => (
              <label key={s.score} className="segmented__option">
                <input type="radio" name="score" checked={score === s.score} onChange={() => setScore(s.score)} />
                {s.score} · {t(s.label)}
              </label>
            ))}
          </fieldset>
          <ReasonField label={t('window.rateComment')} value={text} required={false} onChange={setText} />
        </ActionDialog>
      ) : null}
      {open === 'followUp' ? (
        <ActionDialog title={t('window.followUp')} explain={t('window.followUpExplain', { comment: detail.rating?.comment ?? '' })} submitLabel={t('window.followUpSubmit')} testId="follow-up-dialog" canSubmit={!!text.trim()} onClose={() => setOpen(null)}
          onSubmit={() => done(take(ask(closeRatingFollowUp, { caseId: detail.id, response: text.trim() }), (d) => d.closeRatingFollowUp))}>
          <ReasonField label={t('window.followUpResponse')} value={text} required onChange={setText} />
        </ActionDialog>
      ) : null}
    </section>
  );
}

/** Where the case stands, as the clerk tells the applicant: what happens next, or why it ended. */
function stateLine(detail: CaseDetail, t: Translate): string {
  const reasons = detail.closingReasons ?? '';
  switch (detail.status) {
    case 'DRAFT':
      return t('window.state.DRAFT');
    case 'ACCEPTED':
    case 'IN_PROGRESS':
      return t('window.waiting');
    case 'CORRECTION_REQUESTED':
      return t('window.state.CORRECTION_REQUESTED', { reasons: detail.tasks.filter((task) => task.status === 'CORRECTION_REQUESTED').map((task) => task.reasons ?? '').join('；') });
    case 'APPROVED':
      return t('window.state.APPROVED');
    case 'DELIVERED':
      return t('window.nothingLeft');
    case 'REFUSED':
      return t('window.state.REFUSED', { reasons });
    case 'WITHDRAWN':
      return t('window.state.WITHDRAWN', { reasons });
    case 'NOT_ACCEPTED':
      return t('window.state.NOT_ACCEPTED', { reasons });
  }
}

/** 容缺 follow-up: the committed material was brought. */
export function useFulfil(detail: CaseDetail | null, take: Take): ((materialCode: string) => Promise<Problem[] | null>) | undefined {
  const { ask } = useSignedIn();
  if (!detail || !isOpen(detail.status)) return undefined;
  return (materialCode) => take(ask(fulfilCommitment, { caseId: detail.id, materialCode }), (d) => d.fulfilCommitment);
}
