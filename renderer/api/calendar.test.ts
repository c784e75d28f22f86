import { QueryClient } from '@tanstack/react-query';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { CalendarData, FrontdeskApi } from '../../shared/contract';
import { calendarPushHandler, fetchRange } from './calendar';

// A platform's events arrive by push after the calendar answered without it. A push that lands
// while the first load is in flight must not be lost (TanStack Query joins it to that fetch), and
// pushes must never turn into a storm of requests.

const range = { from: '2026-11-23T00:00:00Z', to: '2026-11-30T00:00:00Z' };
const answer = (n: number) => ({ events: [], marker: n }) as unknown as CalendarData;

function installApi(onAsk: (n: number) => void) {
  let asks = 0;
  const invoke = vi.fn(() => {
    asks += 1;
    onAsk(asks);
    return Promise.resolve({ ok: true as const, value: answer(asks) });
  });
  const api = { invoke, on: () => () => {} } as unknown as FrontdeskApi;
  vi.stubGlobal('window', { api });
  return invoke;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('the calendar query', () => {
  it('asks once when nothing was pushed meanwhile', async () => {
    const invoke = installApi(() => {});
    expect(await fetchRange(range)).toMatchObject({ marker: 1 });
    expect(invoke).toHaveBeenCalledTimes(1);
  });

  it('asks again when a push arrived while asking, so a late platform is not lost', async () => {
    const push = calendarPushHandler(new QueryClient());
    const invoke = installApi((n) => n === 1 && push());
    expect(await fetchRange(range)).toMatchObject({ marker: 2 });
    expect(invoke).toHaveBeenCalledTimes(2);
  });

  it('asks at most three times however many pushes arrive', async () => {
    const push = calendarPushHandler(new QueryClient());
    const invoke = installApi(() => push());
    await fetchRange(range);
    expect(invoke).toHaveBeenCalledTimes(3);
  });

  it('stops asking once the query was cancelled', async () => {
    const push = calendarPushHandler(new QueryClient());
    const controller = new AbortController();
    const invoke = installApi(() => {
      push();
      controller.abort();
    });
    await fetchRange(range, controller.signal);
    expect(invoke).toHaveBeenCalledTimes(1);
  });
});
