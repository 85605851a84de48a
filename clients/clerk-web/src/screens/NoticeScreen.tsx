import { Notice } from '../components/Notice';
import { PrintButton, PrintDocument } from '../components/PrintDocument';
import { ScreenHeader } from '../components/ScreenHeader';
import { applicantName } from '../components/CaseStrip';
import { maskSubject } from '../domain/caseView';
import { formatDayTime } from '../domain/dates';
import { pick, useI18n } from '../i18n/I18nProvider';
import { useIntake } from '../intake/IntakeContext';
import type { Navigate } from '../navigation/useRoute';

/**
 * 一次性告知单: the case was not accepted because materials are missing; everything missing is
 * listed at once — never one item per visit — saying which may be 容缺 on a commitment, and
 * the applicant takes it home printed. The case is closed; they come back to any centre.
 */
export function NoticeScreen({ navigate, onNextApplicant }: { navigate: Navigate; onNextApplicant(): void }) {
  const { t, language } = useI18n();
  const { state } = useIntake();
  const outcome = state.outcome;
  const notice = outcome?.notice;
  if (!outcome || !notice || !state.applicant) {
    return (
      <>
        <ScreenHeader title={t('notice.title')} />
        <Notice tone="info" title={t('notice.none')}>
          <button type="button" className="button" onClick={() => navigate(outcome ? 'receipt' : 'accept')}>{t(outcome ? 'nav.receipt' : 'nav.accept')}</button>
        </Notice>
      </>
    );
  }
  const name = applicantName(state);
  return (
    <>
      <ScreenHeader
        title={t('notice.title')}
        subtitle={t('notice.subtitle')}
        actions={
          <>
            <PrintButton label={t('notice.print')} />
            <button type="button" className="button" onClick={onNextApplicant}>{t('case.next')}</button>
          </>
        }
      />
      <Notice tone="warning" title={t('notice.notAccepted', { n: notice.items.length })} testId="not-accepted" />
      <PrintDocument title={t('notice.document')} issuer={outcome.centre} testId="notice">
        <dl className="document__facts">
          <dt>{t('receipt.matter')}</dt>
          <dd>{pick(language, outcome.title, state.selection?.englishName)} <span className="mono small">{outcome.bundleCode ?? outcome.matterCode}</span></dd>
          <dt>{t('receipt.applicant')}</dt>
          <dd>{name ? `${name} ` : ''}<span className="mono">{maskSubject(state.applicant.kind, state.applicant.id)}</span></dd>
          <dt>{t('receipt.centre')}</dt>
          <dd>{outcome.centre}</dd>
          <dt>{t('notice.issuedAt')}</dt>
          <dd>{formatDayTime(notice.issuedAt)}</dd>
          <dt>{t('notice.registration')}</dt>
          <dd className="mono small">{outcome.id}</dd>
        </dl>
        <section className="document__section">
          <p>{t('notice.intro')}</p>
          <ol className="document__items" data-testid="notice-items">
            {notice.items.map((item) => (
              <li key={item.code}>
                <strong>{item.name}</strong>{' '}
                <span className={`tag ${item.requirement === 'MAY_BE_TOLERATED' ? 'tag--fix' : 'tag--down'}`}>
                  {t(item.requirement === 'MAY_BE_TOLERATED' ? 'notice.mayBeTolerated' : 'notice.mustSubmit')}
                </span>
              </li>
            ))}
          </ol>
        </section>
        <p className="document__note">{t('notice.closing')}</p>
      </PrintDocument>
    </>
  );
}
