import { useId } from 'react';
import { formatDayTime } from '../domain/dates';
import { isPrefilled, shownValue } from '../domain/prefillView';
import { pick, useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { Correction, PrefilledField } from '../intake/model';
import { SourceBadge } from './SourceBadge';
import { StatusTag } from './StatusTag';

const STATUS: Record<PrefilledField['status'], { label: MessageKey; tone: 'ok' | 'info' | 'warn' | 'down' | 'muted' }> = {
  FILLED: { label: 'field.status.FILLED', tone: 'ok' },
  ASKED: { label: 'field.status.ASKED', tone: 'info' },
  NOT_HELD: { label: 'field.status.NOT_HELD', tone: 'warn' },
  PROVIDER_UNAVAILABLE: { label: 'field.status.PROVIDER_UNAVAILABLE', tone: 'down' },
  NOT_PERMITTED: { label: 'field.status.NOT_PERMITTED', tone: 'muted' },
};

/** Why the clerk types this value, said in the empty input. */
const PLACEHOLDER: Record<PrefilledField['status'], MessageKey> = {
  FILLED: 'field.placeholder.ASKED',
  ASKED: 'field.placeholder.ASKED',
  NOT_HELD: 'field.placeholder.NOT_HELD',
  PROVIDER_UNAVAILABLE: 'field.placeholder.PROVIDER_UNAVAILABLE',
  NOT_PERMITTED: 'field.placeholder.NOT_PERMITTED',
};

interface Props {
  field: PrefilledField;
  typed: string;
  correction: Correction | undefined;
  onType(value: string): void;
  onCorrect(): void;
}

/**
 * One field of the form: a prefilled value with its source and as-of date and a way to
 * correct it, or an input the clerk fills in, highlighted, with why no department filled it.
 */
export function FieldRow({ field, typed, correction, onType, onCorrect }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const filled = isPrefilled(field);
  const status = STATUS[field.status];
  const label = pick(language, field.label, field.englishLabel);
  return (
    <tr className={`field-row field-row--${filled ? 'filled' : 'typed'} field-row--${field.status}`} data-key={field.key} data-status={field.status} data-testid="field-row">
      <th scope="row">
        <label htmlFor={filled ? undefined : id}>{label}</label>
        {field.required ? <span className="required" title={t('form.required')}> *</span> : null}
      </th>
      <td className="field-row__value">
        {filled ? <PrefilledValue field={field} correction={correction} /> : (
          <input id={id} className="input input--todo" value={typed} onChange={(e) => onType(e.target.value)} required={field.required} placeholder={t(PLACEHOLDER[field.status])} />
        )}
      </td>
      <td className="field-row__source">{field.source ? <SourceBadge source={field.source} unavailable={field.status === 'PROVIDER_UNAVAILABLE'} /> : <span className="muted">{t('form.noSource')}</span>}</td>
      <td className="field-row__status">
        {correction ? <StatusTag tone="fix" label="field.status.CORRECTED" /> : <StatusTag tone={status.tone} label={status.label} />}
      </td>
      <td className="field-row__action">
        {filled ? (
          <button type="button" className="button button--small" onClick={onCorrect} aria-label={t('form.correctField', { label })}>
            {t('form.correct')}
          </button>
        ) : null}
      </td>
    </tr>
  );
}

function PrefilledValue({ field, correction }: { field: PrefilledField; correction: Correction | undefined }) {
  const { t } = useI18n();
  if (!correction) return <span className="value-text" data-testid="field-value">{shownValue(field)}</span>;
  return (
    <div className="corrected" data-testid="corrected">
      <span className="value-text" data-testid="field-value">{correction.value}</span>
      <span className="corrected__original">
        {t('form.originalWas')} <del>{shownValue(field)}</del>
      </span>
      <span className="corrected__reason">
        {t('form.correctionReason', { reason: correction.reason, at: formatDayTime(correction.correctedAt) })}
      </span>
    </div>
  );
}
