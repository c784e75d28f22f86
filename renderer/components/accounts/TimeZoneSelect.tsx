import { useMemo } from 'react';
import { timeZoneOptions } from './timeZones';

/** IANA zone names as they are (Europe/Berlin): they read the same in every language. */
export function TimeZoneSelect(props: {
  id?: string;
  label?: string;
  value: string;
  disabled?: boolean;
  describedBy?: string | undefined;
  onChange: (zone: string) => void;
}) {
  const zones = useMemo(() => timeZoneOptions(props.value), [props.value]);
  return (
    <select
      id={props.id}
      aria-label={props.label}
      value={props.value}
      disabled={props.disabled}
      aria-describedby={props.describedBy}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      {zones.map((zone) => (
        <option key={zone} value={zone}>
          {zone}
        </option>
      ))}
    </select>
  );
}
