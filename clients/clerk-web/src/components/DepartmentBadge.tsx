import { departmentKey } from '../domain/departments';
import { useI18n } from '../i18n/I18nProvider';

/** A department's short name in its colour (民政, 人社, 市场监管, 电子证照库). */
export function DepartmentBadge({ department, unavailable = false }: { department: string; unavailable?: boolean }) {
  const { t } = useI18n();
  const key = departmentKey(department);
  return (
    <span className={`dept-badge dept-badge--${department}${unavailable ? ' dept-badge--down' : ''}`} data-department={department}>
      {key ? t(key) : department}
    </span>
  );
}
