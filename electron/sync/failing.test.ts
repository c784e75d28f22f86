import { afterEach, describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/errors';
import { silentLogger } from '../log';
import { SyncEngine } from './engine';
import type { SyncSource, TimeRange } from './source';

// An account that fails at once (a revoked key, a refused login) must not be asked again by every
// refetch its own failure push causes: the renderer refetches on `sync:finished`, and that
// refetch must not start a new sync straight away, or the desk would hammer the platform.

const week: TimeRange = {
  from: new Date('2026-11-23T00:00:00Z'),
  to: new Date('2026-11-30T00:00:00Z'),
};

function refusing(): SyncSource & { syncs: number } {
  const source = {
    accountId: 'df',
    vendor: 'docfav' as const,
    label: 'Docfav',
    syncs: 0,
    calendars: () => [],
    isFresh: () => false,
    sync: () => {
      source.syncs += 1;
      return Promise.reject(
        new AppError('auth', { vendor: 'docfav', vendorCode: 'API_KEY_REVOKED' }),
      );
    },
    eventsIn: () => [],
    availabilityIn: () => [],
    minPollIntervalMs: () => undefined,
  };
  return source;
}

afterEach(() => {
  vi.useRealTimers();
});

describe('an account that fails at once', () => {
  it('is not asked again by the refetch its failure causes, only after a pause or a refresh', async () => {
    vi.useFakeTimers({ now: new Date('2026-11-24T09:00:00Z') });
    const source = refusing();
    let pushes = 0;
    const engine: SyncEngine = new SyncEngine({
      emit: (event) => {
        // The renderer: every push refetches the range on screen (bounded here).
        if (event === 'sync:finished' && pushes++ < 50) void engine.range(week);
      },
      logger: silentLogger,
      pollIntervalMs: () => 60_000,
    });
    engine.setSources([source]);
    const data = await engine.range(week);
    await vi.advanceTimersByTimeAsync(0);
    expect(data.accounts[0]).toMatchObject({ state: 'error', error: { code: 'auth' } });
    expect(source.syncs).toBe(1);

    // A while later the calendar asks again on its own; the refresh button always asks.
    await vi.advanceTimersByTimeAsync(10_000);
    await engine.range(week);
    expect(source.syncs).toBe(2);
    await engine.refresh(week);
    expect(source.syncs).toBe(3);
  });
});
