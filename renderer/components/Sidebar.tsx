import { useAccounts, useSettings, useUpdateSettings } from '../api/queries';
import { useI18n } from '../i18n';
import { SettingToggle } from './SettingToggle';

export function Sidebar() {
  const { t } = useI18n();
  const accounts = useAccounts();
  const settings = useSettings();
  const { update, error } = useUpdateSettings();

  return (
    <aside className="sidebar" aria-label={t('sidebar.title')}>
      <h2>{t('sidebar.title')}</h2>
      {accounts.data?.length === 0 && <p className="muted">{t('sidebar.noAccounts')}</p>}
      <ul className="accounts">
        {accounts.data?.map((account) => (
          <li key={account.id}>
            {account.label} <span className="muted">({account.vendor})</span>
          </li>
        ))}
      </ul>
      <SettingToggle
        label={t('sidebar.showCancelled')}
        value={settings.data?.showCancelled}
        onChange={(showCancelled) => update({ showCancelled })}
      />
      {error && (
        <p className="error" role="alert">
          {error.message}
        </p>
      )}
    </aside>
  );
}
