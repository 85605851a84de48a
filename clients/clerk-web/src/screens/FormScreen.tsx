import { useState, type FormEvent } from 'react';
import { ApplicantDataCard } from '../components/ApplicantCard';
import { CorrectionDialog } from '../components/CorrectionDialog';
import { DepartmentBadge } from '../components/DepartmentBadge';
import { FieldRow } from '../components/FieldRow';
import { FiguresBar } from '../components/FiguresBar';
import { Notice } from '../components/Notice';
import { ScreenHeader } from '../components/ScreenHeader';
import { isPrefilled, unavailableDepartments } from '../domain/prefillView';
import { pick, useI18n } from '../i18n/I18nProvider';
import { useIntake } from '../intake/IntakeContext';
import type { PrefilledField } from '../intake/model';

/** Messages for technical support, folded away: the clerk's view is the statuses above. */
function SupportDetails({ title, lines }: { title: string; lines: string[] }) {
  if (lines.length === 0) return null;
  return (
    <details className="gateway-errors">
      <summary>{title}</summary>
      <ul>{lines.map((line, i) => <li key={i}>{line}</li>)}</ul>
    </details>
  );
}

/**
 * Step 3: the form that filled itself (一表申请). Every prefilled value shows its source
 * department and as-of date and can be corrected with a reason; what no department holds is
 * highlighted for the clerk to type; a department that did not answer is named.
 */
export function FormScreen({ onNext, onNeedCatalogue }: { onNext(): void; onNeedCatalogue(): void }) {
  const { t, language } = useI18n();
  const { state, dispatch } = useIntake();
  const [correcting, setCorrecting] = useState<PrefilledField | null>(null);
  if (!state.form) {
    return (
      <>
        <ScreenHeader title={t('form.titleEmpty')} />
        <Notice tone="info" title={t('form.needMatter')}>
          <button type="button" className="button" onClick={onNeedCatalogue}>{t('nav.catalogue')}</button>
        </Notice>
      </>
    );
  }
  const form = state.form;
  const down = unavailableDepartments(form);
  const missing = form.fields.filter((f) => f.required && !isPrefilled(f) && !(state.typed[f.key] ?? '').trim()).length;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onNext();
  };
  return (
    <>
      <ScreenHeader title={t('form.title', { title: pick(language, form.title, state.selection?.englishName) })} subtitle={t('form.subtitle')} />
      {state.card && state.applicant ? <ApplicantDataCard lookup={state.card} kind={state.applicant.kind} /> : null}
      <FiguresBar figures={form.figures} />
      {down.length ? (
        <Notice tone="warning" title={t('form.unavailable')} testId="unavailable">
          <p>
            {down.map((d) => <DepartmentBadge key={d} department={d} unavailable />)} {t('form.unavailableHint')}
          </p>
        </Notice>
      ) : null}
      <SupportDetails title={t('form.gatewayErrors', { n: form.gatewayErrors.length })} lines={form.gatewayErrors} />
      <SupportDetails title={t('form.partial', { n: state.formProblems.length })} lines={state.formProblems.map((p) => p.detail)} />
      <form className="panel panel--flush" onSubmit={submit} noValidate data-prefill-id={form.id}>
        <table className="table form-table">
          <caption className="form-table__legend">
            <span className="legend legend--filled">{t('form.legend.filled')}</span>
            <span className="legend legend--typed">{t('form.legend.typed')}</span>
            <span className="legend legend--down">{t('form.legend.down')}</span>
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('form.col.field')}</th>
              <th scope="col">{t('form.col.value')}</th>
              <th scope="col">{t('form.col.source')}</th>
              <th scope="col">{t('form.col.status')}</th>
              <th scope="col"><span className="visually-hidden">{t('form.correct')}</span></th>
            </tr>
          </thead>
          <tbody>
            {form.fields.map((field) => (
              <FieldRow
                key={field.key}
                field={field}
                typed={state.typed[field.key] ?? ''}
                correction={state.corrections[field.key]}
                onType={(value) => dispatch({ type: 'fieldTyped', key: field.key, value })}
                onCorrect={() => setCorrecting(field)}
              />
            ))}
          </tbody>
        </table>
        <div className="form-footer">
          <span className={missing ? 'form-footer__todo' : 'form-footer__done'}>{missing ? t('form.missing', { n: missing }) : t('form.complete')}</span>
          <button type="submit" className="button button--primary">{t('form.next')}</button>
        </div>
      </form>
      {correcting ? (
        <CorrectionDialog
          prefillId={form.id}
          field={correcting}
          onClose={() => setCorrecting(null)}
          onDone={(correction) => {
            dispatch({ type: 'fieldCorrected', correction });
            setCorrecting(null);
          }}
        />
      ) : null}
    </>
  );
}
