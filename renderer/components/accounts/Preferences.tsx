import { useSettings } from '../../api/settings';
import { useI18n } from '../../i18n';
import { PreferencesForm } from './PreferencesForm';

/** The view and behaviour settings, once they have been read. */
export function Preferences() {
  const { t } = useI18n();
  const settings = useSettings();
  if (!settings.data) return <p className="accounts-hint">{t('app.loading')}</p>;
  return <PreferencesForm settings={settings.data} />;
}
