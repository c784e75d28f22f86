import type { CalendarInfo } from '../../../shared/domain';
import { useI18n } from '../../i18n';
import { infoKeyOf } from '../../calendar/events';
import { calendarLabel } from './names';

/** A labelled list of calendars, valued by the same account|id key the sidebar uses. */
export function CalendarSelect(props: {
  id: string;
  label: string;
  calendars: CalendarInfo[];
  value: string;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (key: string) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="accounts-field">
      <label htmlFor={props.id}>{props.label}</label>
      <select
        id={props.id}
        value={props.value}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.value)}
      >
        <option value="">{t('guard.choose')}</option>
        {props.calendars.map((calendar) => (
          <option key={infoKeyOf(calendar)} value={infoKeyOf(calendar)}>
            {calendarLabel(calendar)}
          </option>
        ))}
      </select>
    </div>
  );
}
