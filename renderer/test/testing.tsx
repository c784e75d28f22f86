import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import type {
  CalendarData,
  Channel,
  ChannelInput,
  ChannelOutput,
  EventName,
  EventPayload,
  FrontdeskApi,
} from '../../shared/contract';
import type { CalendarEvent } from '../../shared/domain';
import { AppError } from '../../shared/errors';
import { DEFAULT_SETTINGS } from '../../shared/settings';
import { ToastProvider } from '../components/actions/Toasts';
import { I18nProvider } from '../i18n';

/**
 * Component tests: real React, real TanStack Query and the real IPC client, talking to a stand-in
 * for the main process behind `window.api` (what the preload provides in the app).
 */

type Handler<C extends Channel> = (
  input: ChannelInput<C>,
) => ChannelOutput<C> | Promise<ChannelOutput<C>>;

export class FakeMain {
  private readonly handlers = new Map<Channel, (input: unknown) => unknown>();
  private readonly listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  /** Every call, in order. */
  readonly calls: { channel: Channel; input: unknown }[] = [];

  readonly api: FrontdeskApi = {
    invoke: async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
      this.calls.push({ channel, input });
      const handler = this.handlers.get(channel);
      try {
        if (!handler) throw new AppError('unknown-channel', { channel });
        return { ok: true as const, value: (await handler(input)) as ChannelOutput<C> };
      } catch (err) {
        const error = err instanceof AppError ? err : new AppError('internal');
        return { ok: false as const, error: error.toPayload() };
      }
    },
    on: <E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void) => {
      const set = this.listeners.get(event) ?? new Set();
      const untyped = listener as (payload: unknown) => void;
      set.add(untyped);
      this.listeners.set(event, set);
      return () => set.delete(untyped);
    },
  };

  /** How the main process answers `channel` from now on; throw an AppError to refuse. */
  answer<C extends Channel>(channel: C, handler: Handler<C>): void {
    this.handlers.set(channel, handler as (input: unknown) => unknown);
  }

  push<E extends EventName>(event: E, payload: EventPayload<E>): void {
    for (const listener of this.listeners.get(event) ?? []) listener(payload);
  }

  inputs<C extends Channel>(channel: C): ChannelInput<C>[] {
    return this.calls.filter((c) => c.channel === channel).map((c) => c.input as ChannelInput<C>);
  }
}

/** A main process with settings and a calendar whose events `events` holds (change it freely). */
export function fakeMain(events: CalendarEvent[] = []): FakeMain {
  const main = new FakeMain();
  const { accounts: _accounts, ...settings } = DEFAULT_SETTINGS;
  main.answer('settings:get', () => settings);
  main.answer('calendar:range', () => calendarData(events));
  return main;
}

export function renderWithApp(ui: ReactElement, main: FakeMain) {
  Object.defineProperty(window, 'api', { value: main.api, configurable: true });
  const queryClient = new QueryClient({
    defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } },
  });
  const view = render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider language="en">
        <ToastProvider>{ui}</ToastProvider>
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { ...view, queryClient };
}

export function calendarData(events: CalendarEvent[]): CalendarData {
  return {
    events: [...events],
    availability: [],
    calendars: [],
    accounts: [],
    lastSyncAt: null,
    offline: false,
    demo: false,
    conflicts: [],
    mirrorIds: [],
    pendingIds: [],
    openWrites: 0,
  };
}

export function booking(patch: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    id: 'doctena:a:doctena-booking:1',
    vendorId: '1',
    kind: 'doctena-booking',
    source: 'doctena',
    accountId: 'a',
    calendarId: 'c1',
    start: '2026-11-25T09:00:00Z',
    end: '2026-11-25T09:30:00Z',
    title: 'Check-up',
    status: 'waiting',
    vendorStatus: null,
    noShow: false,
    patient: { name: 'Anna Weber', phone: null, email: null, insurance: null, clientId: null },
    reason: null,
    serviceId: null,
    note: null,
    recurrence: null,
    timezone: null,
    updatedAt: null,
    actions: ['confirm', 'cancel', 'move'],
    ...patch,
  };
}

export function appointment(patch: Partial<CalendarEvent> = {}): CalendarEvent {
  return booking({
    id: 'docfav:b:docfav-appointment:9',
    vendorId: '9',
    kind: 'docfav-appointment',
    source: 'docfav',
    accountId: 'b',
    calendarId: 'sc1',
    title: 'Fisioterapia',
    patient: { name: 'Eva Prieto', phone: null, email: null, insurance: null, clientId: 'c9' },
    ...patch,
  });
}

/** A promise settled from outside: a platform that has not answered yet. */
export function deferred<T>() {
  let resolve: (value: T) => void = () => {};
  let reject: (reason: unknown) => void = () => {};
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}
