import { correctPrefilledField } from '@hub/sdk';
import { useState, type FormEvent } from 'react';
import type { Problem } from '../api/problems';
import { useSignedIn } from '../app/SessionContext';
import { shownValue } from '../domain/prefillView';
import { pick, useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { Correction, PrefilledField } from '../intake/model';
import { Dialog } from './Dialog';
import { ProblemNotice } from './ProblemNotice';
import { SourceBadge } from './SourceBadge';

/** Reasons clerks give most often, one click each; any other can be typed. */
const COMMON_REASONS: MessageKey[] = ['correct.reason.newDocument', 'correct.reason.applicantStated', 'correct.reason.departmentWrong'];

/**
 * Correcting a prefilled value (更正预填值): the new value and why. The hub keeps the
 * original and its source beside the correction, so the department can be told.
 */
export function CorrectionDialog({ prefillId, field, onDone, onClose }: { prefillId: string; field: PrefilledField; onDone(c: Correction): void; onClose(): void }) {
  const { t, language } = useI18n();
  const { ask } = useSignedIn();
  const [value, setValue] = useState(shownValue(field));
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  const label = pick(language, field.label, field.englishLabel);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!reason.trim()) return;
    setSaving(true);
    const answer = await ask(correctPrefilledField, { prefillId, key: field.key, value, reason: reason.trim() });
    setSaving(false);
    if (answer.data) onDone(answer.data.correctPrefilledField);
    else setProblems(answer.problems);
  }

  return (
    <Dialog title={t('correct.title', { label })} onClose={onClose} testId="correction-dialog">
      <form className="stack" onSubmit={submit}>
        <p className="muted">{t('correct.explain')}</p>
        <dl className="facts">
          <dt>{t('correct.original')}</dt>
          <dd>
            <span className="value-text">{shownValue(field) || '—'}</span> {field.source ? <SourceBadge source={field.source} unavailable={false} /> : null}
          </dd>
        </dl>
        <label className="field">
          <span className="field__label">{t('correct.newValue')}</span>
          <input autoFocus value={value} onChange={(e) => setValue(e.target.value)} onFocus={(e) => e.target.select()} maxLength={1000} required />
        </label>
        <label className="field">
          <span className="field__label">
            {t('correct.reason')} <span className="required" aria-hidden="true">*</span>
          </span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} required aria-describedby="reason-hint" placeholder={t('correct.reasonPlaceholder')} />
          <span id="reason-hint" className="field__hint">
            {t('correct.reasonHint')}
          </span>
        </label>
        <div className="chips" role="group" aria-label={t('correct.commonReasons')}>
          {COMMON_REASONS.map((key) => (
            <button key={key} type="button" className="chip" onClick={() => setReason(t(key))}>
              {t(key)}
            </button>
          ))}
        </div>
        <ProblemNotice problems={problems} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={saving || !reason.trim()}>
            {saving ? t('common.saving') : t('correct.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
