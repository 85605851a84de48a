import { useCallback, useState } from 'react';
import { loadSession, saveSession, type Session } from '../api/session';
import { Notice } from '../components/Notice';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/I18nProvider';
import { SignInScreen } from '../screens/SignInScreen';
import { Workstation } from './Workstation';

/** Signed out: the demo accounts. Signed in: the workstation for the caller's role. */
export function App() {
  const { t } = useI18n();
  const [session, setSession] = useState<Session | null>(() => loadSession());
  const [expired, setExpired] = useState(false);
  const signOut = useCallback((why: 'chosen' | 'expired' = 'chosen') => {
    saveSession(null);
    setSession(null);
    setExpired(why === 'expired');
  }, []);
  const signIn = useCallback((signedIn: Session) => {
    saveSession(signedIn);
    setExpired(false);
    window.location.hash = ''; // the new caller starts on their role's first screen
    setSession(signedIn);
  }, []);
  if (session) return <Workstation session={session} onSignOut={signOut} />;
  return (
    <>
      <TopBar session={null} />
      {expired ? (
        <div className="banner">
          <Notice tone="warning" title={t('problem.unauthenticated')} />
        </div>
      ) : null}
      <SignInScreen onSignedIn={signIn} />
    </>
  );
}
