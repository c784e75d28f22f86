import { forwardRef, useEffect, useRef, useState } from 'react';
import type { CalendarEvent } from '../../shared/domain';
import type { PatientHit } from '../../shared/patients';
import { AppError } from '../../shared/errors';
import { usePatientSearch } from '../api/patients';
import { useI18n } from '../i18n';
import { errorText } from './accounts/errorText';
import { AppointmentList } from './patients/AppointmentList';
import { splitByNow } from './patients/format';

interface Props {
  calendarName: (event: CalendarEvent) => string;
  /** An appointment was chosen: show its week and open it. */
  onPick: (event: CalendarEvent) => void;
}

/**
 * Finds patients on both platforms by name (every word, in any order), phone or e-mail, in any
 * week, and lists each with their earlier and coming appointments.
 */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { calendarName, onPick },
  ref,
) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // Waits for a pause in typing so that each keystroke does not cost a round trip.
    const timer = setTimeout(() => setQuery(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = usePatientSearch(query);
  const active = open && query.trim().length >= 2;
  const matches = results.data?.matches;

  const pick = (event: CalendarEvent) => {
    onPick(event);
    setText('');
    setOpen(false);
  };
  const buttons = () => [...(list.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])];

  return (
    <div
      className="search"
      role="search"
      onBlur={(e) => {
        // Close when focus leaves the box and its results, not when it moves between them.
        if (!e.currentTarget.contains(e.relatedTarget)) setOpen(false);
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          setText('');
          setOpen(false);
        }
      }}
    >
      <input
        ref={ref}
        type="search"
        role="combobox"
        aria-autocomplete="list"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        aria-expanded={active}
        aria-controls="search-results"
        onChange={(e) => {
          setText(e.currentTarget.value);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            buttons()[0]?.focus();
          } else if (e.key === 'Enter' && matches?.[0]) {
            const first = firstToOpen(matches[0]);
            if (first) pick(first);
          }
        }}
      />
      {active && (
        <div id="search-results" className="search-results" aria-live="polite">
          {results.data?.failed.map((f) => (
            <p key={f.accountId} className="error">
              {t('search.partial', {
                account: f.label,
                message: errorText(AppError.fromPayload(f.error), t),
              })}
            </p>
          ))}
          {results.isError ? (
            <p className="error">{t('search.failed', { message: errorText(results.error, t) })}</p>
          ) : !matches ? (
            <p className="muted">{t('search.searching')}</p>
          ) : matches.length === 0 ? (
            <p className="muted">{t('search.none')}</p>
          ) : (
            <>
              <p className="search-count muted">{t('search.results', { count: matches.length })}</p>
              <ul
                ref={list}
                onKeyDown={(e) => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  e.preventDefault();
                  const all = buttons();
                  const at = all.indexOf(e.target as HTMLButtonElement);
                  all[at + (e.key === 'ArrowDown' ? 1 : -1)]?.focus();
                }}
              >
                {matches.map((hit) => (
                  <Hit key={hit.key} hit={hit} calendarName={calendarName} onPick={pick} />
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
});

function Hit({
  hit,
  calendarName,
  onPick,
}: {
  hit: PatientHit;
  calendarName: (event: CalendarEvent) => string;
  onPick: (event: CalendarEvent) => void;
}) {
  const { t } = useI18n();
  const { past, upcoming } = splitByNow(hit.appointments, Date.now());
  const contact = [hit.phone, hit.email].filter(Boolean).join(' · ');
  return (
    <li className="search-patient" aria-label={hit.name}>
      <p className="search-who">
        <strong>{hit.name}</strong>
        {contact && <span className="muted"> {contact}</span>}
      </p>
      {hit.appointments.length === 0 && <p className="muted">{t('search.noAppointments')}</p>}
      {past.length > 0 && (
        <>
          <p className="search-group">{t('search.past')}</p>
          <AppointmentList
            events={past}
            calendarName={calendarName}
            onPick={onPick}
            who={hit.name}
          />
        </>
      )}
      {upcoming.length > 0 && (
        <>
          <p className="search-group">{t('search.upcoming')}</p>
          <AppointmentList
            events={upcoming}
            calendarName={calendarName}
            onPick={onPick}
            who={hit.name}
          />
        </>
      )}
    </li>
  );
}

/** Enter opens the patient's next appointment, or the last one when none is coming. */
function firstToOpen(hit: PatientHit): CalendarEvent | undefined {
  const { past, upcoming } = splitByNow(hit.appointments, Date.now());
  return upcoming[0] ?? past.at(-1);
}
