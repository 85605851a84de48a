import type { Role } from '../api/session';
import { useI18n } from '../i18n/I18nProvider';
import { useIntake } from '../intake/IntakeContext';
import type { IntakeState } from '../intake/model';
import { GROUP_TITLES, routesFor, type RouteEntry } from '../navigation/routes';

/** Which intake steps are done, for the tick beside them. */
function stepDone(route: RouteEntry, state: IntakeState): boolean {
  if (route.id === 'applicant') return state.applicant !== null;
  if (route.id === 'catalogue' || route.id === 'form') return state.form !== null;
  if (route.id === 'materials' || route.id === 'accept') return state.outcome !== null;
  return false;
}

/** The screens of the caller's role, grouped; a case opened from a list highlights the list. */
export function SideNav({ role, current }: { role: Role; current: RouteEntry }) {
  const { t } = useI18n();
  const { state } = useIntake();
  const routes = routesFor(role).filter((r) => !r.parent);
  const groups = [...new Set(routes.map((r) => r.group))];
  const highlighted = current.parent ?? current.id;
  return (
    <nav className="sidenav" aria-label={t('nav.label')}>
      {groups.map((group) => (
        <section key={group} className="sidenav__group">
          <h2 className="sidenav__heading">{t(GROUP_TITLES[group])}</h2>
          <ul>
            {routes
              .filter((r) => r.group === group)
              .map((r) => (
                <li key={r.id}>
                  <a href={`#${r.path}`} className="sidenav__link" aria-current={r.id === highlighted ? 'page' : undefined}>
                    {r.step ? <span className={`sidenav__step${stepDone(r, state) ? ' sidenav__step--done' : ''}`} aria-hidden="true">{stepDone(r, state) ? '✓' : r.step}</span> : null}
                    <span className="sidenav__text">{t(r.title)}</span>
                  </a>
                </li>
              ))}
          </ul>
        </section>
      ))}
    </nav>
  );
}
