import { addDays, chinaToday } from '../../domain/dates';
import { LONGEST_TOLERANCE_DAYS } from '../../domain/prefillView';
import { useI18n } from '../../i18n/I18nProvider';
import type { MaterialMark } from '../../intake/model';

interface Props {
  code: string;
  name: string;
  tolerated: boolean;
  mark: MaterialMark | undefined;
  dueDate: string | undefined;
  onMark(mark: MaterialMark | null): void;
  onDueDate(date: string): void;
}

/**
 * What the clerk did with a paper material: not yet, received, or accepted missing on the
 * applicant's written commitment to bring it by a date (容缺受理, only where every matter
 * allows it). A material the hub could not check is received on paper like any other.
 */
export function MarkChoice({ code, name, tolerated, mark, dueDate, onMark, onDueDate }: Props) {
  const { t } = useI18n();
  const today = chinaToday();
  const options: Array<{ value: MaterialMark | null; label: string }> = [
    { value: null, label: t('materials.mark.none') },
    { value: 'received', label: t('materials.mark.received') },
    ...(tolerated ? [{ value: 'tolerated' as const, label: t('materials.mark.tolerated') }] : []),
  ];
  return (
    <fieldset className="mark-choice">
      <legend className="visually-hidden">{t('materials.mark.legend', { name })}</legend>
      {options.map((o) => (
        <label key={o.value ?? 'none'} className="mark-choice__option">
          <input type="radio" name={`mark-${code}`} checked={(mark ?? null) === o.value} onChange={() => onMark(o.value)} />
          {o.label}
        </label>
      ))}
      {mark === 'tolerated' ? (
        <label className="mark-choice__due">
          <span>{t('materials.dueDate')}</span>
          <input
            type="date"
            className="input input--date"
            value={dueDate ?? ''}
            min={addDays(today, 1)}
            max={addDays(today, LONGEST_TOLERANCE_DAYS)}
            required
            onChange={(e) => onDueDate(e.target.value)}
            aria-label={t('materials.dueDateOf', { name })}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
