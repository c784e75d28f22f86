import { useI18n } from '../../i18n';
import { CheckField } from './CheckField';
import { POLL_BOUNDS, type Draft, type DraftErrors, type SetDraft } from './draft';
import { describedBy, Field } from './Field';

/** How often Frontdesk asks the platforms, and what changes tell the patient by default. */
export function SyncFields(props: {
  id: string;
  draft: Draft;
  set: SetDraft;
  errors: DraftErrors;
}) {
  const { t } = useI18n();
  const { id, draft, set } = props;
  const pollId = `${id}-poll`;
  const pollHint = t('settings.pollIntervalHint', POLL_BOUNDS);
  const pollError = props.errors.pollIntervalSeconds
    ? t(props.errors.pollIntervalSeconds, POLL_BOUNDS)
    : undefined;
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.sync')}</legend>
      <Field id={pollId} label={t('settings.pollInterval')} hint={pollHint} error={pollError}>
        <input
          id={pollId}
          type="number"
          inputMode="numeric"
          min={POLL_BOUNDS.min}
          max={POLL_BOUNDS.max}
          step={1}
          value={draft.pollIntervalSeconds}
          aria-invalid={pollError ? true : undefined}
          aria-describedby={describedBy(pollId, pollHint, pollError)}
          onChange={(e) => set('pollIntervalSeconds', e.currentTarget.value)}
        />
      </Field>
      <CheckField
        label={t('settings.notifyPatient')}
        checked={draft.notifyPatientDefault}
        onChange={(on) => set('notifyPatientDefault', on)}
      />
    </fieldset>
  );
}
