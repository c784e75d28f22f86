import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channels, type IpcResult } from '../../shared/contract';
import { DOCFAV_DEMO_API_KEY } from '../../simulators/docfav';
import { DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD } from '../../simulators/doctena';
import { createServices, type Runtime } from '../core/services';
import { createMemorySecretStore, createMemorySettingsStore } from '../core/stores';
import { silentLogger } from '../log';
import {
  LUCIA_MAPPING,
  expectedBusy,
  guardSettings,
  mirrorsIn,
  startSimulators,
  type Simulators,
} from './testing';

// The guard as the app wires it: channels, the calendar's annotations, and its push events.

let sims: Simulators;
let runtime: Runtime;
let pushed: { event: string; payload: unknown }[];
const ctx = { transport: 'web' } as const;
const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };

beforeEach(async () => {
  sims = await startSimulators();
  pushed = [];
  const secrets = createMemorySecretStore();
  secrets.set('dt', DOCTENA_DEMO_PASSWORD);
  secrets.set('df', DOCFAV_DEMO_API_KEY);
  runtime = createServices({
    app: { name: 'Frontdesk', version: '0.0.0', platform: 'linux' },
    settings: createMemorySettingsStore({
      ...guardSettings({ mappings: [] }),
      accounts: [
        {
          id: 'dt',
          vendor: 'doctena',
          label: 'Doctena',
          baseUrl: sims.doctena.baseUrl,
          login: DOCTENA_DEMO_LOGIN,
          timezone: 'Europe/Berlin',
        },
        {
          id: 'df',
          vendor: 'docfav',
          label: 'Docfav',
          baseUrl: sims.docfav.baseUrl,
          clinicIds: [],
        },
      ],
    }),
    secrets,
    logger: silentLogger,
    fetch: globalThis.fetch,
    now: sims.now,
    push: (event, payload) => pushed.push({ event, payload }),
    demoWhenEmpty: false,
  });
  await runtime.start();
});
afterEach(async () => {
  await runtime.stop();
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
