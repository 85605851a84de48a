import { useState, type FormEvent, type ReactNode } from 'react';
import type { Problem } from '../api/problems';
import { Dialog } from '../components/Dialog';
import { ProblemNotice } from '../components/ProblemNotice';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';

/**
 * A step on a case that asks something first (reasons, a method, a score): a dialog whose
 * form submits with Enter and closes with Esc. `onSubmit` answers the hub's problems, or
 * null when the step was taken (the caller then closes the dialog).
 */
export function ActionDialog({ title, explain, submitLabel, testId, canSubmit, danger = false, onSubmit, onClose, children }: {
  title: string;
  explain?: string;
  submitLabel: string;
  testId: string;
  canSubmit: boolean;
  danger?: boolean;
  onSubmit(): Promise<Problem[] | null>;
  onClose(): void;
  children: ReactNode;
}) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Problem[]>([]);
  const [saving, setSaving] = useState(false);
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!canSubmit || saving) return;
    setSaving(true);
    const refused = await onSubmit();
    setSaving(false);
    if (refused) setProblems(refused);
  }
  return (
    <Dialog title={title} onClose={onClose} testId={testId}>
      <form className="stack" onSubmit={submit} noValidate>
        {explain ? <p className="muted">{explain}</p> : null}
        {children}
        <ProblemNotice problems={problems} />
        <div className="dialog__actions">
          <button type="button" className="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className={`button button--primary${danger ? ' button--danger' : ''}`} disabled={!canSubmit || saving}>
            {saving ? t('common.saving') : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** Written reasons (理由), with the ones given most often a click away. */
export function ReasonField({ label, value, required, placeholder, suggestions = [], onChange }: {
  label: string;
  value: string;
  required: boolean;
  placeholder?: string;
  suggestions?: MessageKey[];
  onChange(value: string): void;
}) {
  const { t } = useI18n();
  return (
    <>
      <label className="field">
        <span className="field__label">
          {label} {required ? <span className="required" aria-hidden="true">*</span> : <span className="muted small">{t('case.optional')}</span>}
        </span>
        <input autoFocus value={value} onChange={(e) => onChange(e.target.value)} maxLength={2000} required={required} placeholder={placeholder} />
      </label>
      {suggestions.length ? (
        <div className="chips" role="group" aria-label={t('correct.commonReasons')}>
          {suggestions.map((key) => (
            <button key={key} type="button" className="chip" onClick={() => onChange(t(key))}>
              {t(key)}
            </button>
          ))}
        </div>
      ) : null}
    </>
  );
}
