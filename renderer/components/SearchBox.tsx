import { forwardRef, useEffect, useRef, useState } from 'react';
import type { Range } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useSearch } from '../api/calendar';
import { dateTime } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';
import { errorText } from './accounts/errorText';

interface Props {
  range: Range | null;
  calendarName: (event: CalendarEvent) => string;
  onPick: (event: CalendarEvent) => void;
}

/** Finds a patient's appointments on both platforms by name, phone or e-mail. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { range, calendarName, onPick },
  ref,
) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => {
    // Waits for a pause in typing so that each keystroke does not cost a round trip.
    const timer = setTimeout(() => setQuery(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useSearch(query, range);
  const active = open && query.trim().length >= 2;

  const pick = (event: CalendarEvent) => {
    onPick(event);
    setText('');
    setOpen(false);
  };
  const focusResult = (index: number) =>
    list.current?.querySelectorAll<HTMLButtonElement>('button')[index]?.focus();

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
            focusResult(0);
          } else if (e.key === 'Enter' && results.data?.[0]) {
            pick(results.data[0]);
          }
        }}
      />
      {active && (
        <div id="search-results" className="search-results" aria-live="polite">
          {results.isError ? (
            <p className="error">{t('search.failed', { message: errorText(results.error, t) })}</p>
          ) : !results.data ? (
            <p className="muted">{t('search.searching')}</p>
          ) : results.data.length === 0 ? (
            <p className="muted">{t('search.none')}</p>
          ) : (
            <>
              <p className="search-count muted">
                {t('search.results', { count: results.data.length })}
              </p>
              <ul ref={list}>
                {results.data.map((event, index) => (
                  <li key={event.id}>
                    <button
                      type="button"
                      onClick={() => pick(event)}
                      onKeyDown={(e) => {
                        if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                          e.preventDefault();
                          focusResult(index + (e.key === 'ArrowDown' ? 1 : -1));
                        }
                      }}
                    >
                      <span className="search-when">
                        {dateTime(event.start, intlLocale[language])}
                      </span>
                      <strong>{event.patient?.name ?? event.title}</strong>
                      <span className="muted">
                        {calendarName(event)} · {event.source === 'doctena' ? 'Doctena' : 'Docfav'}
                      </span>
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
});
