import type { MyLicencesAndReadsQuery } from '@hub/sdk';
import { formatDay } from '../../domain/dates';
import { useI18n } from '../../i18n/I18nProvider';

type Licence = NonNullable<MyLicencesAndReadsQuery['person']>['licences'][number];

/** The citizen's own e-licences (我的证照), valid or not. */
export function LicenceTable({ licences, onShow }: { licences: Licence[]; onShow(id: string): void }) {
  const { t } = useI18n();
  if (licences.length === 0) return <p className="muted">{t('citizen.noLicences')}</p>;
  return (
    <table className="table" data-testid="my-licences">
      <thead>
        <tr>
          <th scope="col">{t('citizen.col.licence')}</th>
          <th scope="col">{t('licence.number')}</th>
          <th scope="col">{t('licence.issuer')}</th>
          <th scope="col">{t('citizen.col.validUntil')}</th>
          <th scope="col">{t('citizen.col.status')}</th>
          <th scope="col">
            <span className="visually-hidden">{t('materials.showLicence')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {licences.map((l) => (
          <tr key={l.id}>
            <th scope="row">{l.name}</th>
            <td className="mono">{l.number}</td>
            <td>{l.issuerName}</td>
            <td>{l.validUntil ? formatDay(l.validUntil) : t('licence.indefinite')}</td>
            <td>
              <span className={`tag ${l.status === 'VALID' ? 'tag--ok' : 'tag--down'}`}>{t(`licence.status.${l.status}`)}</span>
            </td>
            <td>
              <button type="button" className="button button--small" onClick={() => onShow(l.id)} aria-label={`${t('materials.showLicence')} ${l.name}`}>
                {t('materials.showLicence')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
