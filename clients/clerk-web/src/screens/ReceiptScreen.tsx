import { DepartmentBadge } from '../components/DepartmentBadge';
import { Notice } from '../components/Notice';
import { PrintButton, PrintDocument } from '../components/PrintDocument';
import { ScreenHeader } from '../components/ScreenHeader';
import { applicantName } from '../components/CaseStrip';
import { maskSubject } from '../domain/caseView';
import { formatDay, formatDayTime } from '../domain/dates';
import { pick, useI18n } from '../i18n/I18nProvider';
import { acceptancePlan } from '../intake/acceptance';
import { useIntake } from '../intake/IntakeContext';
import type { Navigate } from '../navigation/useRoute';

/**
 * 受理回执: what the applicant takes home once the case is accepted — its number, the matter,
 * who applied (the ID masked), where, the deadline in working days, what was handed in, what
 * is 容缺 and by when, and the commitment that replaced the inspection. Printed from here.
 */
export function ReceiptScreen({ navigate, onNextApplicant }: { navigate: Navigate; onNextApplicant(): void }) {
  const { t, language } = useI18n();
  const { state } = useIntake();
  const outcome = state.outcome;
  if (!outcome || outcome.status === 'NOT_ACCEPTED' || !state.applicant) {
    return (
      <>
        <ScreenHeader title={t('receipt.title')} />
        <Notice tone="info" title={t('receipt.none')}>
          <button type="button" className="button" onClick={() => navigate(outcome ? 'notice' : 'accept')}>{t(outcome ? 'nav.notice' : 'nav.accept')}</button>
        </Notice>
      </>
    );
  }
  const plan = acceptancePlan(state);
  const departments = [...new Set(outcome.tasks.map((task) => task.department))];
  const name = applicantName(state);
  const list = (names: string[]) => names.join(language === 'zh' ? '、' : ', ') || t('accept.none');
  return (
    <>
      <ScreenHeader
        title={t('receipt.title')}
        subtitle={t('receipt.subtitle')}
        actions={
          <>
            <PrintButton label={t('receipt.print')} />
            <button type="button" className="button" onClick={() => navigate('queueCase', { id: outcome.id })}>{t('receipt.openCase')}</button>
            <button type="button" className="button" onClick={onNextApplicant}>{t('case.next')}</button>
          </>
        }
      />
      <Notice tone="success" title={t('receipt.accepted', { number: outcome.number ?? '' })} testId="accepted" />
      <PrintDocument title={t('receipt.document')} issuer={outcome.centre} testId="receipt">
        <dl className="document__facts">
          <dt>{t('receipt.number')}</dt>
          <dd className="document__number mono" data-testid="case-number">{outcome.number}</dd>
          <dt>{t('receipt.matter')}</dt>
          <dd>{pick(language, outcome.title, state.selection?.englishName)} <span className="mono small">{outcome.bundleCode ?? outcome.matterCode}</span></dd>
          <dt>{t('receipt.caseType')}</dt>
          <dd>{outcome.caseType ? t(`caseType.${outcome.caseType}`) : '—'}</dd>
          <dt>{t('receipt.applicant')}</dt>
          <dd data-testid="receipt-applicant">{name ? `${name} ` : ''}<span className="mono">{maskSubject(state.applicant.kind, state.applicant.id)}</span></dd>
          <dt>{t('receipt.centre')}</dt>
          <dd>{outcome.centre}</dd>
          <dt>{t('receipt.acceptedAt')}</dt>
          <dd>{formatDayTime(outcome.acceptedAt)}</dd>
          <dt>{t('receipt.deadline')}</dt>
          <dd className="strong" data-testid="receipt-deadline">
            {formatDay(outcome.deadline)}
            {outcome.remainingWorkingDays !== null ? t('receipt.workingDays', { n: outcome.remainingWorkingDays }) : ''}
          </dd>
          {departments.length ? (
            <>
              <dt>{t('receipt.departments')}</dt>
              <dd>{departments.map((d) => <DepartmentBadge key={d} department={d} />)}</dd>
            </>
          ) : null}
        </dl>
        <section className="document__section">
          <h3>{t('receipt.brought')}</h3>
          <p>{list(plan.brought.map((m) => pick(language, m.name, m.englishName)))}</p>
        </section>
        <section className="document__section" data-testid="receipt-tolerated">
          <h3>{t('receipt.tolerated')}</h3>
          {outcome.commitments.length ? (
            <ul>
              {outcome.commitments.map((c) => (
                <li key={c.materialCode}>{t('receipt.toleratedItem', { name: c.name, date: formatDay(c.dueDate) })}</li>
              ))}
            </ul>
          ) : <p>{t('accept.none')}</p>}
        </section>
        <section className="document__section">
          <h3>{t('receipt.satisfied')}</h3>
          <p>{list(plan.satisfied.map((m) => pick(language, m.name, m.englishName)))}</p>
        </section>
        {outcome.commitmentText ? (
          <section className="document__section">
            <h3>{t('receipt.commitment')}</h3>
            <p className="document__quote">{outcome.commitmentText}</p>
          </section>
        ) : null}
        <p className="document__note">{t('receipt.note')}</p>
      </PrintDocument>
    </>
  );
}
