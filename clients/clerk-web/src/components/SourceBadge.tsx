import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { PrefilledField } from '../intake/model';
import { DepartmentBadge } from './DepartmentBadge';

/** Where a prefilled value came from (数据来源) and as of when the department confirmed it (数据时点). */
export function SourceBadge({ source, unavailable }: { source: NonNullable<PrefilledField['source']>; unavailable: boolean }) {
  const { t } = useI18n();
  return (
    <span className="source" data-testid="source">
      <DepartmentBadge department={source.department} unavailable={unavailable} />
      <span className="source__item">{source.dataItemName}</span>
      {source.asOf ? (
        <span className="source__asof" title={t('form.asOfHint')}>
          {t('form.asOf', { date: formatDay(source.asOf) })}
        </span>
      ) : null}
    </span>
  );
}
