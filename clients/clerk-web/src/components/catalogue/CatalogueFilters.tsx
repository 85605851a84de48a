import type { FormEvent } from 'react';
import { DEPARTMENTS } from '../../domain/departments';
import type { CatalogueFilter } from '../../domain/catalogueSearch';
import { useI18n } from '../../i18n/I18nProvider';
import { DepartmentBadge } from '../DepartmentBadge';

/** Words to search and a department to narrow to; Enter moves to the first result. */
export function CatalogueFilters({ filter, onChange, onSubmit }: { filter: CatalogueFilter; onChange(f: CatalogueFilter): void; onSubmit(): void }) {
  const { t } = useI18n();
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  return (
    <form className="catalogue-filters" role="search" onSubmit={submit}>
      <label className="field field--grow">
        <span className="field__label">{t('catalogue.search')}</span>
        <input className="input" type="search" value={filter.words} autoFocus onChange={(e) => onChange({ ...filter, words: e.target.value })} placeholder={t('catalogue.searchPlaceholder')} data-testid="catalogue-search" />
      </label>
      <div className="chips" role="group" aria-label={t('catalogue.department')}>
        <button type="button" className="chip" aria-pressed={filter.department === null} onClick={() => onChange({ ...filter, department: null })}>
          {t('catalogue.allDepartments')}
        </button>
        {DEPARTMENTS.map((d) => (
          <button key={d} type="button" className="chip" aria-pressed={filter.department === d} onClick={() => onChange({ ...filter, department: d })}>
            <DepartmentBadge department={d} />
          </button>
        ))}
      </div>
    </form>
  );
}
