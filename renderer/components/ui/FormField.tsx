import { useId, type ReactNode } from 'react';
import './ui.css';

/** What a field's control must carry so its label, hint and error are read out with it. */
export interface ControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': true | undefined;
  'aria-required': true | undefined;
}

/** The id of a field's hint, for a neighbouring control that the same hint explains. */
export const hintId = (fieldId: string) => `${fieldId}-hint`;
const errorId = (fieldId: string) => `${fieldId}-error`;

/**
 * Every labelled form control of the app: label, control, an optional hint and an error below.
 * The control gets its wiring from the render function, so no field can forget it:
 *
 *   <FormField label={t('x')} error={problem}>{(control) => <input {...control} />}</FormField>
 */
export function FormField(props: {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  /** Announced as required; the form's own check says what is missing. */
  required?: boolean;
  /** Only when another control refers to this one's hint (see `hintId`). */
  id?: string;
  /** Further texts elsewhere that describe this control. */
  describedBy?: string | undefined;
  /** Label and control on one line, inside a row of other things. */
  inline?: boolean;
  children: (control: ControlProps) => ReactNode;
}) {
  const ownId = useId();
  const id = props.id ?? ownId;
  const described = [
    props.hint ? hintId(id) : '',
    props.error ? errorId(id) : '',
    props.describedBy ?? '',
  ].filter(Boolean);
  return (
    <div className={props.inline ? 'form-field form-field-inline' : 'form-field'}>
      <label htmlFor={id}>{props.label}</label>
      {props.children({
        id,
        'aria-describedby': described.length > 0 ? described.join(' ') : undefined,
        'aria-invalid': props.error ? true : undefined,
        'aria-required': props.required ? true : undefined,
      })}
      {props.hint && (
        <p id={hintId(id)} className="field-hint">
          {props.hint}
        </p>
      )}
      {props.error && (
        <p id={errorId(id)} className="field-error">
          {props.error}
        </p>
      )}
    </div>
  );
}

/** A checkbox (or one radio button of a group) with its label beside it. */
export function CheckField(props: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  type?: 'checkbox' | 'radio';
  name?: string;
  disabled?: boolean;
  invalid?: boolean;
  describedBy?: string | undefined;
}) {
  return (
    <label className="check-field">
      <input
        type={props.type ?? 'checkbox'}
        name={props.name}
        checked={props.checked}
        disabled={props.disabled}
        aria-invalid={props.invalid ? true : undefined}
        aria-describedby={props.describedBy}
        onChange={(e) => props.onChange(e.currentTarget.checked)}
      />
      {props.label}
    </label>
  );
}
