import { useI18n } from '../../i18n';

/** Opens the settings (accounts, view, language, notifications, …). */
export function SettingsButton() {
  const { t } = useI18n();
  return (
    <button type="button" className="settings-button" disabled>
      {t('settings.open')}
    </button>
  );
}
