import { useMemo } from 'react';
import { askAs } from '../api/hub';
import type { Session } from '../api/session';
import { CaseStrip } from '../components/CaseStrip';
import { SideNav } from '../components/SideNav';
import { TopBar } from '../components/TopBar';
import { useI18n } from '../i18n/I18nProvider';
import { abandonDraft } from '../intake/caseOpening';
import { IntakeProvider, useIntake } from '../intake/IntakeContext';
import type { RouteEntry } from '../navigation/routes';
import { useRoute, type Navigate } from '../navigation/useRoute';
import { AcceptScreen } from '../screens/AcceptScreen';
import { ApplicantScreen } from '../screens/ApplicantScreen';
import { BackOfficeScreen } from '../screens/BackOfficeScreen';
import { CaseScreen } from '../screens/CaseScreen';
import { CatalogueScreen } from '../screens/CatalogueScreen';
import { CitizenScreen } from '../screens/CitizenScreen';
import { FormScreen } from '../screens/FormScreen';
import { MaterialsScreen } from '../screens/MaterialsScreen';
import { NoticeScreen } from '../screens/NoticeScreen';
import { QueueScreen } from '../screens/QueueScreen';
import { ReceiptScreen } from '../screens/ReceiptScreen';
import { SessionProvider, useSignedIn, type SignedIn } from './SessionContext';

/** The signed-in workstation: title bar, the role's navigation, and the current screen. */
export function Workstation({ session, onSignOut }: { session: Session; onSignOut(why?: 'chosen' | 'expired'): void }) {
  const { t } = useI18n();
  const signedIn = useMemo<SignedIn>(() => ({ session, ask: askAs(session, () => onSignOut('expired')), signOut: () => onSignOut('chosen') }), [session, onSignOut]);
  const { route, params, navigate } = useRoute(session.claims.role);
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
            {route.caseStrip ? <CaseStrip onRestart={() => navigate('applicant')} /> : null}
            <Screen key={`${route.id}?${params.toString()}`} route={route} params={params} navigate={navigate} />
          </main>
        </div>
      </IntakeProvider>
    </SessionProvider>
  );
}

function Screen({ route, params, navigate }: { route: RouteEntry; params: URLSearchParams; navigate: Navigate }) {
  const nextApplicant = useNextApplicant(navigate);
  switch (route.id) {
    case 'applicant':
      return <ApplicantScreen onNext={() => navigate('catalogue')} />;
    case 'catalogue':
      return <CatalogueScreen onPrefilled={() => navigate('form')} onNeedApplicant={() => navigate('applicant')} />;
    case 'form':
      return <FormScreen onNext={() => navigate('materials')} onNeedCatalogue={() => navigate('catalogue')} />;
    case 'materials':
      return <MaterialsScreen onNavigate={navigate} />;
    case 'accept':
      return <AcceptScreen navigate={navigate} />;
    case 'receipt':
      return <ReceiptScreen navigate={navigate} onNextApplicant={nextApplicant} />;
    case 'notice':
      return <NoticeScreen navigate={navigate} onNextApplicant={nextApplicant} />;
    case 'queue':
      return <QueueScreen navigate={navigate} />;
    case 'queueCase':
      return <CaseScreen caseId={params.get('id')} mode="window" onBack={() => navigate('queue')} />;
    case 'backOffice':
      return <BackOfficeScreen navigate={navigate} />;
    case 'backOfficeCase':
      return <CaseScreen caseId={params.get('id')} mode="backOffice" onBack={() => navigate('backOffice')} />;
    case 'citizen':
      return <CitizenScreen />;
  }
}

/** The next applicant at the window: the intake starts over (a case still being registered is ended first). */
function useNextApplicant(navigate: Navigate): () => void {
  const { t } = useI18n();
  const { ask } = useSignedIn();
  const { state, dispatch } = useIntake();
  return () => {
    void abandonDraft(ask, state, t('case.abandoned.restart'));
    dispatch({ type: 'restarted' });
    navigate('applicant');
  };
}
