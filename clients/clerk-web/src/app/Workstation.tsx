import { useMemo } from 'react';
import { askAs } from '../api/hub';
import type { Session } from '../api/session';
import { CaseStrip } from '../components/CaseStrip';
import { SideNav } from '../components/SideNav';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/I18nProvider';
import { IntakeProvider } from '../intake/IntakeContext';
import type { RouteEntry, RouteId } from '../navigation/routes';
import { useRoute } from '../navigation/useRoute';
import { ApplicantScreen } from '../screens/ApplicantScreen';
import { CatalogueScreen } from '../screens/CatalogueScreen';
import { CitizenScreen } from '../screens/CitizenScreen';
import { FormScreen } from '../screens/FormScreen';
import { MaterialsScreen } from '../screens/MaterialsScreen';
import { PlaceholderScreen } from '../screens/PlaceholderScreen';
import { SessionProvider } from './SessionContext';

/** The signed-in workstation: title bar, the role's navigation, and the current screen. */
export function Workstation({ session, onSignOut }: { session: Session; onSignOut(why?: 'chosen' | 'expired'): void }) {
  const { t } = useI18n();
  const signedIn = useMemo(() => ({ session, ask: askAs(session, () => onSignOut('expired')), signOut: () => onSignOut('chosen') }), [session, onSignOut]);
  const { route, navigate } = useRoute(session.claims.role);
  return (
    <SessionProvider value={signedIn}>
      <IntakeProvider>
        {/* Not a #main link: the hash is the route. */}
        <button type="button" className="skip-link" onClick={() => document.getElementById('main')?.focus()}>
          {t('app.skipToMain')}
        </button>
        <TopBar session={session} onSignOut={signedIn.signOut} />
        <div className="layout">
          <SideNav role={session.claims.role} current={route} />
          <main id="main" className="main" tabIndex={-1}>
            {route.group === 'intake' || route.group === 'cases' ? <CaseStrip onRestart={() => navigate('applicant')} /> : null}
            <Screen key={route.id} route={route} navigate={navigate} />
          </main>
        </div>
      </IntakeProvider>
    </SessionProvider>
  );
}

function Screen({ route, navigate }: { route: RouteEntry; navigate(id: RouteId): void }) {
  switch (route.id) {
    case 'applicant':
      return <ApplicantScreen onNext={() => navigate('catalogue')} />;
    case 'catalogue':
      return <CatalogueScreen onPrefilled={() => navigate('form')} onNeedApplicant={() => navigate('applicant')} />;
    case 'form':
      return <FormScreen onNext={() => navigate('materials')} onNeedCatalogue={() => navigate('catalogue')} />;
    case 'materials':
      return <MaterialsScreen onNavigate={navigate} />;
    case 'citizen':
      return <CitizenScreen />;
    default:
      return <PlaceholderScreen route={route} />;
  }
}
