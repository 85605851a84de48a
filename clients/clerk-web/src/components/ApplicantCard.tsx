import { formatDay } from '../domain/dates';
import { useI18n } from '../i18n/I18nProvider';
import type { Applicant, EntityCard, PersonCard } from '../intake/model';
import { DepartmentBadge } from './DepartmentBadge';
import { Notice } from './Notice';
import { ProblemNotice } from './ProblemNotice';

/** What the register says about the applicant, and the way on to the catalogue. */
export function ApplicantCard({ applicant, onNext }: { applicant: Applicant; onNext(): void }) {
  const { t } = useI18n();
  const { lookup } = applicant;
  const blocked = lookup.status === 'person' && lookup.card.deceasedOn !== null;
  return (
    <section className="panel stack" aria-labelledby="applicant-result" data-testid="applicant-result">
      <h2 id="applicant-result">{t('applicant.result')}</h2>
      {lookup.status === 'person' ? <PersonFacts card={lookup.card} /> : null}
      {lookup.status === 'entity' ? <EntityFacts card={lookup.card} /> : null}
      {lookup.status === 'notFound' ? <Notice tone="warning" title={t(applicant.kind === 'PERSON' ? 'applicant.notFound.PERSON' : 'applicant.notFound.MARKET_ENTITY')}>{t('applicant.notFoundHint')}</Notice> : null}
      {lookup.status === 'withheld' ? <Notice tone="info" title={t('applicant.withheld')}>{t('applicant.withheldHint')}</Notice> : null}
      {lookup.status === 'failed' ? <ProblemNotice problems={lookup.problems} /> : null}
      {blocked ? <Notice tone="error" title={t('applicant.deceased', { date: formatDay(lookup.card.deceasedOn) })} /> : null}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onNext} autoFocus disabled={blocked}>
          {t('applicant.next')}
        </button>
      </div>
    </section>
  );
}

function PersonFacts({ card }: { card: PersonCard }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('person.name')}</dt>
      <dd className="strong">{card.name ?? '—'}</dd>
      <dt>{t('person.gender')}</dt>
      <dd>{card.gender ? t(card.gender === 'MALE' ? 'gender.MALE' : 'gender.FEMALE') : '—'}</dd>
      <dt>{t('person.birthDate')}</dt>
      <dd>{formatDay(card.birthDate)}</dd>
      <dt>{t('common.source')}</dt>
      <dd>
        <DepartmentBadge department="civil-affairs" /> {t('form.asOf', { date: formatDay(card.registryAsOf) })}
      </dd>
    </dl>
  );
}

function EntityFacts({ card }: { card: EntityCard }) {
  const { t } = useI18n();
  return (
    <dl className="facts">
      <dt>{t('entity.name')}</dt>
      <dd className="strong">{card.name}</dd>
      <dt>{t('entity.kind')}</dt>
      <dd>{t(`entityType.${card.kind}`)}</dd>
      <dt>{t('entity.status')}</dt>
      <dd>{t(`entityStatus.${card.status}`)}</dd>
      <dt>{t('entity.legalRepresentative')}</dt>
      <dd>{card.legalRepresentativeName}</dd>
      <dt>{t('entity.address')}</dt>
      <dd>{card.registeredAddress}</dd>
      <dt>{t('common.source')}</dt>
      <dd>
        <DepartmentBadge department="market-access" /> {t('form.asOf', { date: formatDay(card.asOf) })}
      </dd>
    </dl>
  );
}
