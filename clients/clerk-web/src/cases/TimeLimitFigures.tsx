import { useI18n } from '../i18n/I18nProvider';

/** 限时办结 at a glance: open, overdue (red) and due today, for the centre or the department. */
export function TimeLimitFigures({ counts, openLabel }: { counts: { open: number; overdue: number; dueToday: number } | null; openLabel: string }) {
  const { t } = useI18n();
  const items = [
    { label: openLabel, value: counts?.open ?? 0, tone: '' },
    { label: t('queue.count.overdue'), value: counts?.overdue ?? 0, tone: counts?.overdue ? ' figures__item--alarm' : '' },
    { label: t('queue.count.dueToday'), value: counts?.dueToday ?? 0, tone: counts?.dueToday ? ' figures__item--todo' : '' },
  ];
  return (
    <dl className="figures figures--three" data-testid="time-limits">
      {items.map((item) => (
        <div key={item.label} className={`figures__item${item.tone}`}>
          <dt>{item.label}</dt>
          <dd>
            <span className="figures__value">{counts ? item.value : '—'}</span>
          </dd>
        </div>
      ))}
    </dl>
  );
}
