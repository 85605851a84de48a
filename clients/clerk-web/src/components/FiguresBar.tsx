import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { PrefilledForm } from '../intake/model';

/** The reform in numbers for this form: what the departments filled and what is still typed and brought. */
export function FiguresBar({ figures }: { figures: PrefilledForm['figures'] }) {
  const { t } = useI18n();
  const items: Array<{ label: MessageKey; value: number; note?: string; tone?: 'good' | 'todo' }> = [
    { label: 'figures.fields', value: figures.fieldsInForm, note: t('figures.separately', { n: figures.fieldsSeparately }) },
    { label: 'figures.prefilled', value: figures.fieldsPrefilled, tone: 'good' },
    { label: 'figures.toType', value: figures.fieldsToType, tone: 'todo' },
    { label: 'figures.materials', value: figures.materialsRequired, note: t('figures.separately', { n: figures.materialsSeparately }) },
    { label: 'figures.satisfied', value: figures.materialsSatisfied, tone: 'good' },
    { label: 'figures.toBring', value: figures.materialsToBring, tone: 'todo' },
  ];
  return (
    <dl className="figures" data-testid="figures">
      {items.map((item) => (
        <div key={item.label} className={`figures__item${item.tone ? ` figures__item--${item.tone}` : ''}`}>
          <dt>{t(item.label)}</dt>
          <dd>
            <span className="figures__value">{item.value}</span>
            {item.note ? <span className="figures__note">{item.note}</span> : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
