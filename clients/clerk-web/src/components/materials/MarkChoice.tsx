import { useI18n } from '../../i18n/I18nProvider';
import type { MaterialMark } from '../../intake/model';

/**
 * What the clerk did with a paper material: not yet, received, or accepted missing on the
 * applicant's written commitment (容缺受理, only where every matter allows it). A material
 * the hub could not check is received on paper like any other.
 */
export function MarkChoice({ code, name, tolerated, mark, onMark }: { code: string; name: string; tolerated: boolean; mark: MaterialMark | undefined; onMark(mark: MaterialMark | null): void }) {
  const { t } = useI18n();
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
    </fieldset>
  );
}
