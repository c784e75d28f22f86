import { actionErrorText } from './actions/actionErrorText';
import type FullCalendar from '@fullcalendar/react';
import { useMemo, useReducer, useRef, useState } from 'react';
import type { Range } from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { useActionRunner } from '../api/actions';
import { useAppInfo } from '../api/app';
import { useDeleteBlocking } from '../api/blocking';
import { useCalendarRange, useRefresh } from '../api/calendar';
import { usePush } from '../api/push';
import { ActionButtons } from './actions/ActionButtons';
import { BlockDialog, type BlockDraft } from './actions/BlockDialog';
import { EventMenu } from './actions/EventMenu';
import { useToasts } from './actions/Toasts';
import { useMoveFlow } from './actions/useMoveFlow';
import { useBookingFlow } from './booking/useBookingFlow';
import { FindSlotButton } from './slots/FindSlotButton';
import { PrintDayButton } from './print/PrintDayButton';
import { calendarKeyOf, infoKeyOf } from '../calendar/events';
import { clockTime, dateTime, rangeTitle } from '../calendar/format';
import { intlLocale } from '../calendar/locales';
import { useHiddenCalendars } from '../calendar/useHiddenCalendars';
import { useShortcuts } from '../calendar/useShortcuts';
import { useI18n } from '../i18n';
import { SettingsButton } from './accounts/SettingsButton';
import { Welcome } from './accounts/Welcome';
import { Banners } from './Banners';
import { DetailsPanel } from './DetailsPanel';
import { CalendarStates } from './states/CalendarStates';
import { useMarkNewBookings } from './states/newBookings';
import { SearchBox } from './SearchBox';
import { Sidebar } from './Sidebar';
import { Toolbar } from './Toolbar';
import { ConfirmDialog } from './ui/ConfirmDialog';
import { WeekCalendar } from './WeekCalendar';
import { errorText } from './accounts/errorText';

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
  // A search match from another week is shown at once, before that week's data has arrived.
  const [picked, setPicked] = useState<CalendarEvent | null>(null);
  const { hidden, toggle } = useHiddenCalendars();
  const calendar = useCalendarRange(visible?.range ?? null);
  const runner = useActionRunner();
  const moveFlow = useMoveFlow(runner);
  const [blockDraft, setBlockDraft] = useState<BlockDraft | null>(null);
  // The Day view's columns are calendars of their own: a new key clears their selection too.
  const [selectionKey, clearColumns] = useReducer((n: number) => n + 1, 0);
  const unselect = () => {
    calendarRef.current?.getApi().unselect();
    clearColumns();
  };
  const booking = useBookingFlow({
    data: calendar.data,
    hiddenCalendars: hidden,
    onBlock: (start, end, calendar) => setBlockDraft({ mode: 'new', start, end, calendar }),
    onDone: unselect,
  });
  const [deleting, setDeleting] = useState<CalendarEvent | null>(null);
  const [menu, setMenu] = useState<{ event: CalendarEvent; x: number; y: number } | null>(null);
  const toasts = useToasts();
  useMarkNewBookings();
  // A booking that arrived since the last sync: said on screen too (the app also raises a desktop
  // notification), with time and calendar only.
  usePush('booking:new', (p) =>
    toasts.show({
      kind: 'info',
      text: t('notice.newBooking', { when: dateTime(p.start, locale), calendar: p.calendarName }),
    }),
  );
  const deleteBlocking = useDeleteBlocking();
  const refresh = useRefresh(visible?.range ?? null);
  const data = calendar.data;
  const readOnly = data?.offline ?? false;
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
  const selected =
    data?.events.find((e) => e.id === selectedId) ??
    (picked && picked.id === selectedId ? picked : undefined);
  const time = (iso: string) => clockTime(iso, locale);

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
          onBook={booking.open}
          onBlock={() => {
            const start = new Date();
            start.setMinutes(0, 0, 0);
            start.setHours(start.getHours() + 1);
            setBlockDraft({ mode: 'new', start, end: new Date(start.getTime() + 3_600_000) });
          }}
          readOnly={readOnly}
          findSlot={
            <>
              <FindSlotButton
                calendars={data?.calendars ?? []}
                disabled={readOnly}
                onPick={({ slot, calendar, serviceId }) =>
                  // A picked slot is booked: the dialog opens on it, its practitioner and service.
                  booking.openAt({
                    start: new Date(slot.start),
                    end: new Date(slot.end),
                    calendar: { accountId: calendar.accountId, calendarId: calendar.id },
                    serviceId,
                  })
                }
              />
              <PrintDayButton data={data} shown={visible} />
            </>
          }
          searchSlot={
            <SearchBox
              ref={searchRef}
              calendarName={calendarName}
              onPick={(event) => {
                api()?.gotoDate(new Date(event.start));
                setPicked(event);
                setSelectedId(event.id);
              }}
            />
          }
        />
        <SettingsButton />
      </header>
      <Banners
        demo={data?.demo ?? false}
        offline={data?.offline ?? false}
        lastSyncAt={data?.lastSyncAt ?? null}
        accounts={data?.accounts ?? []}
        notices={info.data?.notices ?? []}
      />
      {calendar.error && (
        <div className="banner banner-error" role="alert">
          {t('error.generic', { message: errorText(calendar.error, t) })}{' '}
          <button type="button" onClick={() => void calendar.refetch()}>
            {t('error.retry')}
          </button>
        </div>
      )}
      <Welcome data={data} />
      <div className="workspace">
        <Sidebar
          data={data}
          hiddenCalendars={hidden}
          onToggleCalendar={toggle}
          runner={runner}
          onOpen={(event) => {
            api()?.gotoDate(new Date(event.start));
            setPicked(event);
            setSelectedId(event.id);
          }}
        />
        <main
          className="calendar-pane"
          aria-label={t('calendar.label')}
          aria-busy={calendar.isLoading}
        >
          {calendar.isLoading && <div className="loading">{t('calendar.loading')}</div>}
          <CalendarStates
            data={data}
            hiddenCalendars={hidden}
            view={visible?.view ?? 'timeGridWeek'}
          />
          <WeekCalendar
            ref={calendarRef}
            data={data}
            hiddenCalendars={hidden}
            pending={runner.pending}
            readOnly={readOnly}
            onMove={moveFlow.begin}
            onSelectRange={booking.select}
            selectionKey={selectionKey}
            onOpen={(event) => setSelectedId(event.id)}
            onContextMenu={(event, x, y) => setMenu({ event, x, y })}
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
            readOnly={readOnly}
            actions={
              <ActionButtons
                event={selected}
                runner={runner}
                readOnly={readOnly}
                onEditBlocking={() => setBlockDraft({ mode: 'edit', event: selected })}
                onDeleteBlocking={() => setDeleting(selected)}
              />
            }
          />
        )}
      </div>
      {moveFlow.dialog}
      {booking.elements}
      {menu && (
        <EventMenu
          event={data?.events.find((e) => e.id === menu.event.id) ?? menu.event}
          x={menu.x}
          y={menu.y}
          runner={runner}
          readOnly={readOnly}
          onDetails={() => {
            setSelectedId(menu.event.id);
            setMenu(null);
          }}
          onClose={() => setMenu(null)}
        />
      )}
      {blockDraft && (
        <BlockDialog
          draft={blockDraft}
          data={data}
          hiddenCalendars={hidden}
          onClose={() => {
            setBlockDraft(null);
            unselect();
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('block.delete')}
          confirmLabel={t('block.delete')}
          cancelLabel={t('block.cancel')}
          tone="danger"
          onCancel={() => setDeleting(null)}
          onConfirm={() => {
            const target = deleting;
            setDeleting(null);
            setSelectedId(null);
            // Each delete says how it ended, even when another was started meanwhile.
            deleteBlocking.mutateAsync(target.id).then(
              () => toasts.show({ kind: 'success', text: t('block.deleted') }),
              (err: unknown) => toasts.show({ kind: 'error', text: actionErrorText(err, t) }),
            );
          }}
        >
          <p>
            {deleting.title} · {dateTime(deleting.start, locale)}
          </p>
        </ConfirmDialog>
      )}
    </div>
  );
}

function toDateInput(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
