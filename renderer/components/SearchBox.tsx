import { forwardRef, useEffect, useState } from 'react';
import type { Range } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useSearch } from '../api/calendar';
import { dateTime } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useI18n } from '../i18n';

interface Props {
  range: Range | null;
  calendarName: (event: CalendarEvent) => string;
  onPick: (event: CalendarEvent) => void;
}

/** Finds a patient's appointments on both platforms in the loaded weeks. */
export const SearchBox = forwardRef<HTMLInputElement, Props>(function SearchBox(
  { range, calendarName, onPick },
  ref,
) {
  const { t, language } = useI18n();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text), 250);
    return () => clearTimeout(timer);
  }, [text]);
  const results = useSearch(query, range);
  const open = query.trim().length >= 2 && results.data !== undefined;

  return (
    <div className="search" role="search">
      <input
        ref={ref}
        type="search"
        value={text}
        placeholder={t('search.placeholder')}
        aria-label={t('search.label')}
        onChange={(e) => setText(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setText('');
        }}
      />
      {open && (
        <div
          className="search-results"
          aria-label={t('search.results', { count: results.data.length })}
        >
          {results.data.length === 0 ? (
            <p className="muted">{t('search.none')}</p>
          ) : (
            <ul>
              {results.data.map((event) => (
                <li key={event.id}>
                  <button
                    type="button"
                    onClick={() => {
                      onPick(event);
                      setText('');
                    }}
                  >
                    <strong>{event.patient?.name}</strong>
                    <span>{dateTime(event.start, intlLocale[language])}</span>
                    <span className="muted">
                      {calendarName(event)} · {event.source === 'doctena' ? 'Doctena' : 'Docfav'}
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </div>
  );
});
