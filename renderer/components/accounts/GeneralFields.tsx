import { LANGUAGES, type Language } from '../../../shared/settings';
import { useI18n } from '../../i18n';
import { CheckField } from './CheckField';
import type { Draft, SetDraft } from './draft';
import { Field } from './Field';
import { languageName } from './languageNames';

const AUTOMATIC = 'auto';

/** Language, desktop notifications and starting with the computer. */
export function GeneralFields(props: { id: string; draft: Draft; set: SetDraft }) {
  const { t } = useI18n();
  const { id, draft, set } = props;
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.general')}</legend>
      <Field id={`${id}-language`} label={t('settings.language')}>
        <select
          id={`${id}-language`}
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
      </Field>
      <CheckField
        label={t('settings.desktopNotifications')}
        checked={draft.desktopNotifications}
        onChange={(on) => set('desktopNotifications', on)}
      />
      <CheckField
        label={t('settings.launchAtLogin')}
        checked={draft.launchAtLogin}
        onChange={(on) => set('launchAtLogin', on)}
      />
    </fieldset>
  );
}
