import { useMemo } from 'react';
import type { ControlProps } from '../ui/FormField';
import { timeZoneOptions } from './timeZones';

/** IANA zone names as they are (Europe/Berlin): they read the same in every language. */
export function TimeZoneSelect(props: {
  control: ControlProps;
  value: string;
  disabled?: boolean;
  onChange: (zone: string) => void;
}) {
  const zones = useMemo(() => timeZoneOptions(props.value), [props.value]);
  return (
    <select
      {...props.control}
      value={props.value}
      disabled={props.disabled}
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
