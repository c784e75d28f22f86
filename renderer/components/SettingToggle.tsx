import { useEffect, useState } from 'react';

/**
 * A checkbox bound to a setting. It keeps its own state so it flips within the click (TanStack
 * Query notifies subscribers a tick later, which would make a controlled input flicker back), and
 * follows the stored value whenever that changes, including a revert after a refused update.
 */
export function SettingToggle(props: {
  label: string;
  value: boolean | undefined;
  onChange: (next: boolean) => void;
}) {
  const [checked, setChecked] = useState(props.value ?? false);
  useEffect(() => {
    if (props.value !== undefined) setChecked(props.value);
  }, [props.value]);
  return (
    <label className="toggle">
      <input
        type="checkbox"
        checked={checked}
        disabled={props.value === undefined}
        onChange={(e) => {
          setChecked(e.currentTarget.checked);
          props.onChange(e.currentTarget.checked);
        }}
      />
      {props.label}
    </label>
  );
}
