import { useId } from 'react';
import { useI18n } from '../../i18n';
import { CheckField, FormField, hintId } from '../ui/FormField';
import {
  SLOT_MINUTES,
  type Draft,
  type DraftErrors,
  type SetDraft,
  type SlotMinutes,
} from './draft';

/** How the week looks: first day, the hours shown, slot size, cancelled appointments. */
export function CalendarFields(props: {
  draft: Draft;
  set: SetDraft;
  errors: DraftErrors;
  weekdays: string[];
}) {
  const { t } = useI18n();
  const { draft, set } = props;
  const endError = props.errors.workEnd ? t(props.errors.workEnd) : undefined;
  const endId = useId();
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.calendar')}</legend>
      <FormField label={t('settings.weekStart')}>
        {(control) => (
          <select
            {...control}
            value={draft.weekStartDay}
            onChange={(e) => set('weekStartDay', Number(e.currentTarget.value))}
          >
            {props.weekdays.map((name, day) => (
              <option key={day} value={day}>
                {name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div className="accounts-pair">
        {/* One hint explains both ends of the working hours. */}
        <FormField label={t('settings.workStart')} describedBy={hintId(endId)}>
          {(control) => (
            <input
              {...control}
              type="time"
              value={draft.workStart}
              onChange={(e) => set('workStart', e.currentTarget.value)}
            />
          )}
        </FormField>
        <FormField
          id={endId}
          label={t('settings.workEnd')}
          hint={t('settings.workingHoursHint')}
          error={endError}
        >
          {(control) => (
            <input
              {...control}
              type="time"
              value={draft.workEnd}
              onChange={(e) => set('workEnd', e.currentTarget.value)}
            />
          )}
        </FormField>
      </div>
      <FormField label={t('settings.slot')}>
        {(control) => (
          <select
            {...control}
            value={draft.slotMinutes}
            onChange={(e) => set('slotMinutes', Number(e.currentTarget.value) as SlotMinutes)}
          >
            {SLOT_MINUTES.map((minutes) => (
              <option key={minutes} value={minutes}>
                {t('settings.slotMinutes', { minutes })}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <CheckField
        label={t('settings.showCancelled')}
        checked={draft.showCancelled}
        onChange={(on) => set('showCancelled', on)}
      />
    </fieldset>
  );
}
