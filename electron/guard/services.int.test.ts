import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type IpcResult } from '../../shared/contract';
import {
  LUCIA_MAPPING,
  expectedBusy,
  guardSettings,
  mirrorsIn,
  startHarness,
  type Harness,
  type TestRuntime,
} from '../testing/harness';

// The guard as the app wires it: channels, the calendar's annotations, and its push events.

let sims: Harness;
let runtime: TestRuntime;
let pushed: { event: string; payload: unknown }[];
const ctx = { transport: 'web' } as const;
const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };

beforeEach(async () => {
  sims = await startHarness({ luciaOnDoctena: true });
  // The app with both accounts, the guard not yet paired.
  runtime = sims.services({ settings: guardSettings({ mappings: [] }) });
  pushed = runtime.pushed;
  await runtime.start();
});
afterEach(async () => {
  await sims.close();
});

async function call(channel: string, input: unknown = {}): Promise<unknown> {
  const result: IpcResult = await runtime.dispatch(channel, input, ctx);
  if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}`);
  return result.value;
}

describe('the guard in the app', () => {
  it('suggests, is paired through settings, runs, and shows its mirrors', async () => {
    await call('calendar:range', week);
    const suggestions = channels['guard:suggestions'].output.parse(await call('guard:suggestions'));
    expect(suggestions).toHaveLength(1);
    const [chosen] = suggestions;
    await call('settings:update', {
      patch: {
        guard: {
          mappings: [
            {
              docfav: {
                accountId: chosen!.docfav.accountId,
                calendarId: chosen!.docfav.calendarId,
              },
              doctena: {
                accountId: chosen!.doctena.accountId,
                calendarId: chosen!.doctena.calendarId,
              },
              enabled: true,
            },
          ],
          weeksAhead: 2,
          mirrorReservations: false,
        },
      },
    });
    expect(await call('guard:suggestions')).toEqual([]);

    const status = channels['guard:run'].output.parse(await call('guard:run'));
    expect(status).toMatchObject({ running: false, errors: [] });
    expect(status.created).toBe(expectedBusy(sims, 2).length);
    expect(mirrorsIn(sims)).toHaveLength(status.created);
    expect(await call('guard:status')).toEqual(status);
    expect(pushed.filter((p) => p.event === 'guard:finished')).toEqual([
      { event: 'guard:finished', payload: status },
    ]);

    // Re-read right after the run: the week on screen shows the mirrors without another sync.
    const data = channels['calendar:range'].output.parse(await call('calendar:range', week));
    const mine = data.events.filter((e) => e.calendarId === LUCIA_MAPPING.doctena.calendarId);
    expect(data.mirrorIds.length).toBeGreaterThan(0);
    expect(new Set(data.mirrorIds)).toEqual(
      new Set(mine.filter((e) => e.kind === 'doctena-blocking').map((e) => e.id)),
    );
  });
});
