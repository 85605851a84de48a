import type { LicenceQuery } from '@hub/sdk';
import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import { DepartmentBadge } from './DepartmentBadge';

export type Licence = NonNullable<LicenceQuery['licence']>;

const STATUS: Record<Licence['status'], MessageKey> = {
  VALID: 'licence.status.VALID',
  EXPIRED: 'licence.status.EXPIRED',
  REVOKED: 'licence.status.REVOKED',
  CANCELLED: 'licence.status.CANCELLED',
  WITHDRAWN: 'licence.status.WITHDRAWN',
};

/** An e-licence as the library holds it: its surface data (照面信息) as printed, then its metadata. */
export function LicenceCard({ licence }: { licence: Licence }) {
  const { t } = useI18n();
  const surface = licence.type.surfaceFields.map((f) => ({ label: f.label, value: surfaceText(licence.surfaceData[f.key]) }));
  return (
    <article className="licence" data-testid="licence-card">
      <header className="licence__header">
        <span className="licence__seal" aria-hidden="true">
          {t('licence.seal')}
        </span>
        <div>
          <h3>{licence.name}</h3>
          <span className={`tag ${licence.status === 'VALID' ? 'tag--ok' : 'tag--down'}`}>{t(STATUS[licence.status])}</span>
        </div>
      </header>
      <dl className="licence__surface">
        {surface.map((item) => (
          <div key={item.label}>
            <dt>{item.label}</dt>
            <dd>{item.value}</dd>
          </div>
        ))}
      </dl>
      <dl className="facts facts--compact">
        <dt>{t('licence.number')}</dt>
        <dd>{licence.number}</dd>
        <dt>{t('licence.holder')}</dt>
        <dd>
          {licence.holderName} <span className="mono">{licence.holderCode}</span>
        </dd>
        <dt>{t('licence.issuer')}</dt>
        <dd>
          {licence.issuerName} <DepartmentBadge department={licence.type.issuingDepartment} />
        </dd>
        <dt>{t('licence.validity')}</dt>
        <dd>
          {formatDay(licence.validFrom)} — {licence.validUntil ? formatDay(licence.validUntil) : t('licence.indefinite')}
        </dd>
        <dt>{t('licence.identifier')}</dt>
        <dd className="mono small">{licence.id}</dd>
        <dt>{t('licence.asOf')}</dt>
        <dd>{formatDay(licence.asOf)}</dd>
      </dl>
    </article>
  );
}

function surfaceText(value: unknown): string {
  if (value === null || value === undefined) return '—';
  return typeof value === 'string' || typeof value === 'number' ? String(value) : JSON.stringify(value);
}
