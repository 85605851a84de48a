import { ScreenHeader } from '../components/ScreenHeader';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';
import type { RouteEntry } from '../navigation/routes';

const ABOUT: Partial<Record<RouteEntry['id'], MessageKey>> = {
  accept: 'placeholder.accept',
  notice: 'placeholder.notice',
  receipt: 'placeholder.receipt',
  queue: 'placeholder.queue',
  backOffice: 'placeholder.backOffice',
};

/** A screen of the case flow still being built: what it will do, so the navigation is complete today. */
export function PlaceholderScreen({ route }: { route: RouteEntry }) {
  const { t } = useI18n();
  const about = ABOUT[route.id];
  return (
    <>
      <ScreenHeader title={t(route.title)} subtitle={t('placeholder.subtitle')} />
      <section className="panel placeholder" data-testid="placeholder">
        <span className="tag tag--muted">{t('nav.comingSoon')}</span>
        {about ? <p>{t(about)}</p> : null}
        <p className="muted">{t('placeholder.dependsOn')}</p>
      </section>
    </>
  );
}
