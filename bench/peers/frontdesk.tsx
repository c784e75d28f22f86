import type FullCalendar from '@fullcalendar/react';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { CalendarData, FrontdeskApi } from '../../shared/contract';
import { AppError } from '../../shared/errors';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { keys } from '../../renderer/api/keys';
import { WeekCalendar } from '../../renderer/components/WeekCalendar';
import { I18nProvider } from '../../renderer/i18n';
import '../../renderer/styles.css';
import { register } from './harness';
import './shared.css';
import { WEEKS, calendars, weekEvents } from './week';

/**
 * Frontdesk's own WeekCalendar with the app's CSS, fed the domain events of each week as the
 * main process would send them; the mapping to FullCalendar's inputs is the component's own.
 */
const weeks = WEEKS.map((_, week): CalendarData => ({
  events: weekEvents(week),
  availability: [],
  calendars,
  accounts: [],
  lastSyncAt: null,
  offline: false,
  demo: false,
  conflicts: [],
  mirrorIds: [],
  pendingIds: [],
  openWrites: 0,
}));

// No main process behind the page: the settings are in the cache before the mount, so the
// first render is the one with the settings, as in the app after start-up.
const refuse: FrontdeskApi = {
  invoke: () => Promise.resolve({ ok: false, error: new AppError('internal').toPayload() }),
  on: () => () => undefined,
};
Object.defineProperty(window, 'api', { value: refuse, configurable: true });
const queryClient = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
const { accounts: _accounts, ...settings } = DEFAULT_SETTINGS;
queryClient.setQueryData(keys.settings, settings);

const calendar = createRef<FullCalendar>();
const none = new Set<string>();
const noop = () => undefined;
let setWeek: (week: number) => void = noop;

function Page() {
  const [week, set] = useState(0);
  setWeek = set;
  return (
    <WeekCalendar
      ref={calendar}
      data={weeks[week]}
      hiddenCalendars={none}
      pending={none}
      readOnly={false}
      onMove={noop}
      onSelectRange={noop}
      onRangeChange={noop}
      onOpen={noop}
      onContextMenu={noop}
    />
  );
}

register({
  selector: '.fc-timegrid-event.fd-event',
  mount: (root) =>
    createRoot(root).render(
      <QueryClientProvider client={queryClient}>
        <I18nProvider language="en">
          <Page />
        </I18nProvider>
      </QueryClientProvider>,
    ),
  show(week) {
    const monday = WEEKS[week];
    if (!monday) throw new Error(`no week ${week}`);
    calendar.current?.getApi().gotoDate(monday);
    setWeek(week);
  },
});
