import { useI18n } from '../../i18n';
import { CheckField, FormField } from '../ui/FormField';
import { POLL_BOUNDS, type Draft, type DraftErrors, type SetDraft } from './draft';

/** How often Frontdesk asks the platforms, and what changes tell the patient by default. */
export function SyncFields(props: { draft: Draft; set: SetDraft; errors: DraftErrors }) {
  const { t } = useI18n();
  const { draft, set } = props;
  const pollError = props.errors.pollIntervalSeconds
    ? t(props.errors.pollIntervalSeconds, POLL_BOUNDS)
    : undefined;
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.sync')}</legend>
      <FormField
        label={t('settings.pollInterval')}
        hint={t('settings.pollIntervalHint', POLL_BOUNDS)}
        error={pollError}
      >
        {(control) => (
          <input
            {...control}
            type="number"
            inputMode="numeric"
            min={POLL_BOUNDS.min}
            max={POLL_BOUNDS.max}
            step={1}
            value={draft.pollIntervalSeconds}
            onChange={(e) => set('pollIntervalSeconds', e.currentTarget.value)}
          />
        )}
      </FormField>
      <CheckField
        label={t('settings.notifyPatient')}
        checked={draft.notifyPatientDefault}
        onChange={(on) => set('notifyPatientDefault', on)}
      />
    </fieldset>
  );
}
