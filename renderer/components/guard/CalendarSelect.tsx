import type { CalendarInfo } from '../../../shared/domain';
import { useI18n } from '../../i18n';
import { infoKeyOf } from '../../calendar/events';
import { FormField } from '../ui/FormField';
import { calendarLabel } from './names';

/** A labelled list of calendars, valued by the same account|id key the sidebar uses. */
export function CalendarSelect(props: {
  label: string;
  calendars: CalendarInfo[];
  value: string;
  invalid: boolean;
  /** The pair's problem, shown once below both lists. */
  describedBy: string | undefined;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <FormField label={props.label} describedBy={props.describedBy}>
      {(control) => (
        <select
          {...control}
          aria-invalid={props.invalid ? true : undefined}
          value={props.value}
          onChange={(e) => props.onChange(e.currentTarget.value)}
        >
          <option value="">{t('guard.choose')}</option>
          {props.calendars.map((calendar) => (
            <option key={infoKeyOf(calendar)} value={infoKeyOf(calendar)}>
              {calendarLabel(calendar)}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}
