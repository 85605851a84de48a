import { useEffect, useState } from 'react';
import { accountLabel, citizenName } from '../api/demoAccountLabels';
import { listDemoAccounts, signInAs, type AccountsResult, type DemoAccount } from '../api/devAccounts';
import type { Role, Session } from '../api/session';
import { Notice } from '../components/Notice';
import { useI18n } from '../i18n/I18nProvider';
import type { MessageKey } from '../i18n/zh';

const ROLE_ORDER: Array<{ role: Role; title: MessageKey }> = [
  { role: 'CLERK', title: 'signIn.group.CLERK' },
  { role: 'CITIZEN', title: 'signIn.group.CITIZEN' },
  { role: 'APPROVER', title: 'signIn.group.APPROVER' },
  { role: 'DEPARTMENT_SYSTEM', title: 'signIn.group.DEPARTMENT_SYSTEM' },
];

/** Signing in as one of the gateway's demo accounts (its development issuer; not in production). */
export function SignInScreen({ onSignedIn }: { onSignedIn(session: Session): void }) {
  const { t } = useI18n();
  const [accounts, setAccounts] = useState<AccountsResult | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  useEffect(() => {
    void listDemoAccounts().then(setAccounts);
  }, []);

  async function signIn(account: string) {
    setPending(account);
    setFailure(null);
    try {
      onSignedIn(await signInAs(account));
    } catch (err) {
      setFailure(err instanceof Error ? err.message : String(err));
      setPending(null);
    }
  }

  return (
    <main id="main" className="sign-in">
      <section className="sign-in__intro">
        <h1>{t('signIn.title')}</h1>
        <p className="sign-in__motto">{t('signIn.motto')}</p>
        <p>{t('signIn.explain')}</p>
        <ul className="sign-in__points">
          <li>{t('signIn.point.prefill')}</li>
          <li>{t('signIn.point.licences')}</li>
          <li>{t('signIn.point.trace')}</li>
        </ul>
      </section>
      <section className="sign-in__accounts panel" aria-labelledby="accounts-title">
        <h2 id="accounts-title">{t('signIn.accounts')}</h2>
        <p className="muted">{t('signIn.devIssuer')}</p>
        {accounts === null ? <p className="muted">{t('common.loading')}</p> : null}
        {accounts && !accounts.ok ? <Notice tone="error" title={t(`signIn.problem.${accounts.reason}`)}>{accounts.detail}</Notice> : null}
        {failure ? <Notice tone="error" title={t('signIn.failed')}>{failure}</Notice> : null}
        {accounts?.ok
          ? ROLE_ORDER.map(({ role, title }) => {
              const group = accounts.accounts.filter((a) => accountLabel(a.account).role === role);
              return group.length ? (
                <div key={role} className="account-group">
                  <h3>{t(title)}</h3>
                  {group.map((a, i) => (
                    <AccountButton key={a.account} account={a} first={role === 'CLERK' && i === 0} pending={pending === a.account} onChoose={signIn} />
                  ))}
                </div>
              ) : null;
            })
          : null}
      </section>
    </main>
  );
}

function AccountButton({ account, first, pending, onChoose }: { account: DemoAccount; first: boolean; pending: boolean; onChoose(account: string): void }) {
  const { t } = useI18n();
  const label = accountLabel(account.account);
  const title = label.title ? t(label.title) : (citizenName(account.description) ?? account.description);
  return (
    <button type="button" className="account" autoFocus={first} onClick={() => onChoose(account.account)} disabled={pending} data-account={account.account}>
      <span className="account__title">{title}</span>
      <span className="account__meta">
        {label.about ? `${t(label.about)} · ` : ''}
        {label.division ? `${t('signIn.division', { code: label.division })} · ` : ''}
        <span className="mono">{account.account}</span>
      </span>
      <span className="account__go" aria-hidden="true">
        {pending ? '…' : '→'}
      </span>
    </button>
  );
}
