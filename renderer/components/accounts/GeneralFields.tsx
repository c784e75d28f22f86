import { LANGUAGES, type Language } from '../../../shared/settings';
import { useI18n } from '../../i18n';
import { CheckField, FormField } from '../ui/FormField';
import type { Draft, SetDraft } from './draft';
import { languageName } from './languageNames';

const AUTOMATIC = 'auto';

/**
 * Language, desktop notifications and starting with the computer. The last is shown only where
 * the main process can do it (not on Linux, not in the web bridge), so no toggle does nothing.
 */
export function GeneralFields(props: {
  draft: Draft;
  set: SetDraft;
  launchAtLoginSupported: boolean;
}) {
  const { t } = useI18n();
  const { draft, set, launchAtLoginSupported } = props;
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.general')}</legend>
      <FormField label={t('settings.language')}>
        {(control) => (
          <select
            {...control}
            value={draft.language ?? AUTOMATIC}
            onChange={(e) => {
              const value = e.currentTarget.value;
              set('language', value === AUTOMATIC ? null : (value as Language));
            }}
          >
            <option value={AUTOMATIC}>{t('settings.languageAutomatic')}</option>
            {LANGUAGES.map((language) => (
              <option key={language} value={language} lang={language}>
                {languageName(language)}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <CheckField
        label={t('settings.desktopNotifications')}
        checked={draft.desktopNotifications}
        onChange={(on) => set('desktopNotifications', on)}
      />
      {launchAtLoginSupported && (
        <CheckField
          label={t('settings.launchAtLogin')}
          checked={draft.launchAtLogin}
          onChange={(on) => set('launchAtLogin', on)}
        />
      )}
    </fieldset>
  );
}
