import { formatDay } from '../domain/dates';
import type { EntityFacts, PersonFacts } from '../domain/subjectCheck';
import { useI18n } from '../i18n/I18nProvider';
import type { Applicant, EntityCard, Lookup, PersonCard } from '../intake/model';
import { DepartmentBadge } from './DepartmentBadge';
import { Notice } from './Notice';
import { ProblemNotice } from './ProblemNotice';

/**
 * The applicant once the identifier checks out: only what the number itself says (its
 * division, a person's birth date and sex). Their data is read once a case gives a purpose.
 */
export function ApplicantCheckCard({ applicant, onNext }: { applicant: Applicant; onNext(): void }) {
  const { t } = useI18n();
  return (
    <section className="panel stack" aria-labelledby="applicant-result" data-testid="applicant-result">
      <h2 id="applicant-result">{t('applicant.result')}</h2>
      <dl className="facts">
        <dt>{t(applicant.kind === 'PERSON' ? 'applicant.idNumber' : 'applicant.creditCode')}</dt>
        <dd className="mono strong">{applicant.id}</dd>
        {applicant.facts.kind === 'PERSON' ? <PersonNumberFacts facts={applicant.facts} /> : <EntityCodeFacts facts={applicant.facts} />}
      </dl>
      <Notice tone="info" title={t('applicant.withheld')}>{t('applicant.withheldHint')}</Notice>
      <div className="actions">
        <button type="button" className="button button--primary" onClick={onNext} autoFocus>
          {t('applicant.next')}
        </button>
      </div>
    </section>
  );
}

function PersonNumberFacts({ facts }: { facts: PersonFacts }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t('applicant.division')}</dt>
      <dd>{facts.county ?? facts.division} <span className="mono muted">{facts.division}</span></dd>
      <dt>{t('person.birthDate')}</dt>
      <dd>{facts.birthDate}</dd>
      <dt>{t('person.gender')}</dt>
      <dd>{t(facts.gender === 'MALE' ? 'gender.MALE' : 'gender.FEMALE')}</dd>
    </>
  );
}

function EntityCodeFacts({ facts }: { facts: EntityFacts }) {
  const { t } = useI18n();
  return (
    <>
      <dt>{t('entity.kind')}</dt>
      <dd>{t(`entityType.${facts.entityType}`)}</dd>
      <dt>{t('applicant.division')}</dt>
      <dd>{facts.county ?? facts.division} <span className="mono muted">{facts.division}</span></dd>
    </>
  );
}

/** The applicant as the register holds them, read under the case's purpose grant (only the items it declares). */
export function ApplicantDataCard({ lookup, kind }: { lookup: Lookup; kind: Applicant['kind'] }) {
  const { t } = useI18n();
  return (
    <section className="panel applicant-card" aria-labelledby="applicant-data" data-testid="applicant-card">
      <h2 id="applicant-data">
        {t('applicant.card')} <span className="tag tag--info">{t('applicant.underGrant')}</span>
      </h2>
      {lookup.status === 'person' ? <PersonFacts card={lookup.card} /> : null}
      {lookup.status === 'entity' ? <EntityFacts card={lookup.card} /> : null}
      {lookup.status === 'notFound' ? <Notice tone="warning" title={t(kind === 'PERSON' ? 'applicant.notFound.PERSON' : 'applicant.notFound.MARKET_ENTITY')}>{t('applicant.notFoundHint')}</Notice> : null}
      {lookup.status === 'failed' ? <ProblemNotice problems={lookup.problems} /> : null}
    </section>
  );
}

/** A value the grant let be read, or a dash where the matter does not declare it. */
function shown(value: string | null | undefined): string {
  return value ?? '—';
}

function PersonFacts({ card }: { card: PersonCard }) {
  const { t } = useI18n();
  return (
    <dl className="facts facts--inline">
      <dt>{t('person.name')}</dt>
      <dd className="strong" data-testid="applicant-name">{shown(card.name)}</dd>
      <dt>{t('person.gender')}</dt>
      <dd>{card.gender ? t(card.gender === 'MALE' ? 'gender.MALE' : 'gender.FEMALE') : '—'}</dd>
      <dt>{t('person.birthDate')}</dt>
      <dd>{shown(card.birthDate ? formatDay(card.birthDate) : null)}</dd>
      <dt>{t('common.source')}</dt>
      <dd>
        <DepartmentBadge department="civil-affairs" /> {card.registryAsOf ? t('form.asOf', { date: formatDay(card.registryAsOf) }) : null}
      </dd>
    </dl>
  );
}

function EntityFacts({ card }: { card: EntityCard }) {
  const { t } = useI18n();
  return (
    <dl className="facts facts--inline">
      <dt>{t('entity.name')}</dt>
      <dd className="strong" data-testid="applicant-name">{shown(card.name)}</dd>
      <dt>{t('entity.kind')}</dt>
      <dd>{card.kind ? t(`entityType.${card.kind}`) : '—'}</dd>
      <dt>{t('entity.legalRepresentative')}</dt>
      <dd>{shown(card.legalRepresentative?.name)}</dd>
      <dt>{t('entity.address')}</dt>
      <dd>{shown(card.registeredAddress)}</dd>
      <dt>{t('common.source')}</dt>
      <dd>
        <DepartmentBadge department="market-access" /> {card.asOf ? t('form.asOf', { date: formatDay(card.asOf) }) : null}
      </dd>
    </dl>
  );
}
