import type FullCalendar from '@fullcalendar/react';
import { useMemo, useRef, useState } from 'react';
import type { Range } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useCalendarRange, useRefresh } from '../api/calendar';
import { useAppInfo } from '../api/queries';
import { calendarKeyOf, infoKeyOf } from '../calendar/events';
import { rangeTitle } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useHiddenCalendars } from '../calendar/useHiddenCalendars';
import { useShortcuts } from '../calendar/useShortcuts';
import { useI18n } from '../i18n';
import { SettingsButton } from './accounts/SettingsButton';
import { Welcome } from './accounts/Welcome';
import { Banners } from './Banners';
import { DetailsPanel } from './DetailsPanel';
import { SearchBox } from './SearchBox';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';
import { WeekCalendar } from './WeekCalendar';

interface Visible {
  range: Range;
  start: Date;
  end: Date;
  view: string;
}

export function Shell() {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const info = useAppInfo();
  const calendarRef = useRef<FullCalendar>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const [visible, setVisible] = useState<Visible | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const { hidden, toggle } = useHiddenCalendars();
  const calendar = useCalendarRange(visible?.range ?? null);
  const refresh = useRefresh(visible?.range ?? null);
  const data = calendar.data;
  const api = () => calendarRef.current?.getApi();

  const shortcuts = useMemo(
    () => ({
      today: () => api()?.today(),
      previous: () => api()?.prev(),
      next: () => api()?.next(),
      search: () => searchRef.current?.focus(),
    }),
    [],
  );
  useShortcuts(shortcuts);

  const calendarName = (event: CalendarEvent) =>
    data?.calendars.find((c) => infoKeyOf(c) === calendarKeyOf(event))?.name ?? '';
  const selected = data?.events.find((e) => e.id === selectedId);
  const time = (iso: string) =>
    new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' }).format(new Date(iso));

  return (
    <div className="shell">
      <header className="topbar" role="banner">
        <h1 className="brand">{t('app.title')}</h1>
        <Toolbar
          title={visible ? rangeTitle(visible.start, visible.end, locale) : ''}
          view={visible?.view ?? 'timeGridWeek'}
          date={visible ? toDateInput(visible.start) : ''}
          syncing={refresh.isPending || calendar.isFetching}
          lastSynced={data?.lastSyncAt ? time(data.lastSyncAt) : null}
          onPrevious={shortcuts.previous}
          onToday={shortcuts.today}
          onNext={shortcuts.next}
          onDate={(date) => api()?.gotoDate(date)}
          onView={(view) => api()?.changeView(view)}
          onRefresh={() => refresh.mutate()}
          searchSlot={
            <SearchBox
              ref={searchRef}
              range={visible?.range ?? null}
              calendarName={calendarName}
              onPick={(event) => {
                api()?.gotoDate(new Date(event.start));
                setSelectedId(event.id);
              }}
            />
          }
        />
        <SettingsButton />
        <span className="version" data-testid="app-version">
          {info.data ? t('app.version', { version: info.data.version }) : t('app.loading')}
        </span>
      </header>
      <Banners
        demo={data?.demo ?? false}
        offline={data?.offline ?? false}
        lastSyncAt={data?.lastSyncAt ?? null}
        notices={info.data?.notices ?? []}
      />
      {calendar.error && (
        <div className="banner banner-error" role="alert">
          {t('error.generic', { message: calendar.error.message })}{' '}
          <button type="button" onClick={() => void calendar.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      )}
      <Welcome data={data} />
      <div className="workspace">
        <Sidebar data={data} hiddenCalendars={hidden} onToggleCalendar={toggle} />
        <main
          className="calendar-pane"
          aria-label={t('calendar.label')}
          aria-busy={calendar.isLoading}
        >
          {calendar.isLoading && <div className="loading">{t('calendar.loading')}</div>}
          <WeekCalendar
            ref={calendarRef}
            data={data}
            hiddenCalendars={hidden}
            onOpen={(event) => setSelectedId(event.id)}
            onRangeChange={({ from, to, start, end, view }) =>
              setVisible({ range: { from, to }, start, end, view })
            }
          />
        </main>
        {selected && (
          <DetailsPanel
            event={selected}
            calendarName={calendarName(selected)}
            onClose={() => setSelectedId(null)}
          />
        )}
      </div>
    </div>
  );
}

function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
