import { useEffect, useId, useState } from 'react';
import type { CalendarRef, PatientMatch } from '../../../shared/contract';
import { useClientMatches } from '../../api/booking';
import { useI18n } from '../../i18n';
import { errorText } from '../accounts/errorText';
import { FormField } from '../ui/FormField';

/** A pause in typing before Docfav is asked: each keystroke would otherwise cost a request. */
export const SEARCH_DEBOUNCE_MS = 250;

interface Props {
  /** The practitioner whose clinic is searched. */
  calendar: CalendarRef | null;
  value: PatientMatch | null;
  onChange: (patient: PatientMatch | null) => void;
  error?: string | undefined;
}

/**
 * The patient of a new appointment, found in Docfav as it is typed (name, phone, e-mail or ID
 * card, accents ignored). The ARIA combobox pattern: the list follows the text field, the arrow
 * keys move through it while focus stays in the field, Enter picks, Escape closes the list.
 */
export function PatientCombobox({ calendar, value, onChange, error }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebounced(text, SEARCH_DEBOUNCE_MS);
  const typed = open && !value && text.trim().length >= 2;
  const matches = useClientMatches(typed ? calendar : null, query);
  // Matches of what is still being typed: never those of a word since deleted or replaced.
  const current = text.trim().toLocaleLowerCase().startsWith(query.trim().toLocaleLowerCase());
  const list = typed && current ? (matches.data ?? []) : [];
  const expanded = list.length > 0;
  const optionId = (i: number) => `${listId}-${i}`;

  const pick = (patient: PatientMatch) => {
    onChange(patient);
    setText(patient.name);
    setOpen(false);
    setActive(-1);
  };

  let status = '';
  if (typed && matches.error) status = errorText(matches.error, t, 'docfav');
  else if (typed && (matches.isFetching || query !== text)) status = t('booking.searching');
  else if (typed && matches.isSuccess)
    status =
      list.length === 0 ? t('booking.noMatch') : t('booking.matches', { count: list.length });

  return (
    <FormField label={t('booking.patient')} hint={t('booking.patientHint')} error={error} required>
      {(control) => (
        <div className="combobox">
          <input
            {...control}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
            value={text}
            onChange={(e) => {
              setText(e.currentTarget.value);
              setOpen(true);
              setActive(-1);
              if (value) onChange(null);
            }}
            onBlur={() => setOpen(false)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault();
                setOpen(true);
                const last = list.length - 1;
                if (e.key === 'ArrowDown') setActive(active >= last ? 0 : active + 1);
                else setActive(active <= 0 ? last : active - 1);
              } else if (e.key === 'Enter' && expanded && list[active]) {
                e.preventDefault();
                pick(list[active]);
              } else if (e.key === 'Escape' && expanded) {
                // Closes the list only; a second Escape closes the dialog.
                e.stopPropagation();
                setOpen(false);
                setActive(-1);
              }
            }}
          />
          <ul id={listId} role="listbox" aria-label={t('booking.patient')} hidden={!expanded}>
            {list.map((m, i) => (
              <li
                key={m.clientId}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : undefined}
                // Keeps focus (and the open list) in the field until the click has picked.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => pick(m)}
              >
                <span className="patient-name">{m.name}</span>{' '}
                <span className="muted">{[m.phone, m.email].filter(Boolean).join(' · ')}</span>
              </li>
            ))}
          </ul>
          <p className="muted small" role="status">
            {status}
          </p>
        </div>
      )}
    </FormField>
  );
}

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
