import { useI18n } from '../../i18n';
import { CheckField } from './CheckField';
import {
  SLOT_MINUTES,
  type Draft,
  type DraftErrors,
  type SetDraft,
  type SlotMinutes,
} from './draft';
import { describedBy, Field } from './Field';

/** How the week looks: first day, the hours shown, slot size, cancelled appointments. */
export function CalendarFields(props: {
  id: string;
  draft: Draft;
  set: SetDraft;
  errors: DraftErrors;
  weekdays: string[];
}) {
  const { t } = useI18n();
  const { id, draft, set } = props;
  const endError = props.errors.workEnd ? t(props.errors.workEnd) : undefined;
  const hoursHint = t('settings.workingHoursHint');
  return (
    <fieldset className="accounts-fieldset">
      <legend>{t('settings.calendar')}</legend>
      <Field id={`${id}-week-start`} label={t('settings.weekStart')}>
        <select
          id={`${id}-week-start`}
          value={draft.weekStartDay}
          onChange={(e) => set('weekStartDay', Number(e.currentTarget.value))}
        >
          {props.weekdays.map((name, day) => (
            <option key={day} value={day}>
              {name}
            </option>
          ))}
        </select>
      </Field>
      <div className="accounts-pair">
        <Field id={`${id}-work-start`} label={t('settings.workStart')}>
          <input
            id={`${id}-work-start`}
            type="time"
            value={draft.workStart}
            aria-describedby={`${id}-work-end-hint`}
            onChange={(e) => set('workStart', e.currentTarget.value)}
          />
        </Field>
        <Field
          id={`${id}-work-end`}
          label={t('settings.workEnd')}
          hint={hoursHint}
          error={endError}
        >
          <input
            id={`${id}-work-end`}
            type="time"
            value={draft.workEnd}
            aria-invalid={endError ? true : undefined}
            aria-describedby={describedBy(`${id}-work-end`, hoursHint, endError)}
            onChange={(e) => set('workEnd', e.currentTarget.value)}
          />
        </Field>
      </div>
      <Field id={`${id}-slot`} label={t('settings.slot')}>
        <select
          id={`${id}-slot`}
          value={draft.slotMinutes}
          onChange={(e) => set('slotMinutes', Number(e.currentTarget.value) as SlotMinutes)}
        >
          {SLOT_MINUTES.map((minutes) => (
            <option key={minutes} value={minutes}>
              {t('settings.slotMinutes', { minutes })}
            </option>
          ))}
        </select>
      </Field>
      <CheckField
        label={t('settings.showCancelled')}
        checked={draft.showCancelled}
        onChange={(on) => set('showCancelled', on)}
      />
    </fieldset>
  );
}
