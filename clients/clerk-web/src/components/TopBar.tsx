import type { Session } from '../api/session';
import { usePreferences } from '../app/Preferences';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';

const ROLE: Record<Session['claims']['role'], MessageKey> = {
  CLERK: 'role.CLERK',
  APPROVER: 'role.APPROVER',
  DEPARTMENT_SYSTEM: 'role.DEPARTMENT_SYSTEM',
  CITIZEN: 'role.CITIZEN',
};

/** The title bar: who is signed in where, the language, large-font mode and signing out. */
export function TopBar({ session, onSignOut }: { session: Session | null; onSignOut?: () => void }) {
  const { t } = useI18n();
  return (
    <header className="topbar">
      <div className="topbar__brand">
        <span className="topbar__mark" aria-hidden="true">
          {t('app.mark')}
        </span>
        <div>
          <div className="topbar__title">{t('app.title')}</div>
          <div className="topbar__subtitle">{t('app.subtitle')}</div>
        </div>
      </div>
      <div className="topbar__tools">
        {session ? (
          <div className="topbar__who" data-testid="signed-in-as">
            <span className="tag tag--role">{t(ROLE[session.claims.role])}</span>
            <span>{session.claims.centre ?? session.claims.name ?? session.account}</span>
          </div>
        ) : null}
        <PreferenceButtons />
        {session && onSignOut ? (
          <button type="button" className="button button--ghost" onClick={onSignOut}>
            {t('app.signOut')}
          </button>
        ) : null}
      </div>
    </header>
  );
}

function PreferenceButtons() {
  const { t } = useI18n();
  const { language, setLanguage, largeFont, toggleLargeFont } = usePreferences();
  return (
    <>
      <div className="segmented" role="group" aria-label={t('app.language')}>
        <button type="button" aria-pressed={language === 'zh'} onClick={() => setLanguage('zh')} lang="zh-CN">
          中文
        </button>
        <button type="button" aria-pressed={language === 'en'} onClick={() => setLanguage('en')} lang="en">
          EN
        </button>
      </div>
      <button type="button" className="button button--ghost" aria-pressed={largeFont} onClick={toggleLargeFont} data-testid="large-font">
        <span aria-hidden="true">A+ </span>
        {t('app.largeFont')}
      </button>
    </>
  );
}
