import type { AccountStatus, Notice } from '../../shared/contract';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';
import { vendorName } from './accounts/vendors';
import { Notices } from './Notices';

/**
 * What must never be missed: fictional data, offline mode, a platform that is not answering (its
 * appointments are missing from the week), and the main process's warnings.
 */
export function Banners(props: {
  demo: boolean;
  offline: boolean;
  lastSyncAt: string | null;
  accounts: AccountStatus[];
  notices: Notice[];
}) {
  const { t, language } = useI18n();
  const format = (iso: string | null) =>
    iso
      ? new Intl.DateTimeFormat(intlLocale[language], {
          weekday: 'short',
          hour: '2-digit',
          minute: '2-digit',
        }).format(new Date(iso))
      : '—';
  // Offline already says that nothing answers; one banner per platform would only repeat it.
  const silent = props.offline ? [] : props.accounts.filter((a) => a.slow);
  return (
    <>
      {props.demo && (
        <div className="banner banner-demo" role="status">
          {t('banner.demo')}
        </div>
      )}
      {props.offline && (
        <div className="banner banner-offline" role="alert">
          {t('banner.offline', { time: format(props.lastSyncAt) })}
        </div>
      )}
      {silent.map((account) => (
        <div
          key={account.id}
          className="banner banner-slow"
          role="alert"
          data-testid={`slow-${account.id}`}
        >
          {account.slow === 'stale' && account.lastSuccessAt
            ? t('banner.slowStale', {
                name: platformName(account),
                time: format(account.lastSuccessAt),
              })
            : t('banner.slowMissing', { name: platformName(account) })}
        </div>
      ))}
      <Notices notices={props.notices} />
    </>
  );
}

/** The platform by its product name, with the account's own label when that does not say it. */
export function platformName(account: Pick<AccountStatus, 'vendor' | 'label'>): string {
  const vendor = vendorName[account.vendor];
  const label = account.label.trim();
  if (label.toLowerCase().includes(account.vendor)) return label;
  return label ? `${vendor} (${label})` : vendor;
}
