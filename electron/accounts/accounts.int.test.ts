import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { IpcResult } from '../../shared/contract';
import {
  DOCFAV_API_DISABLED_API_KEY,
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  DOCFAV_IP_RESTRICTED_API_KEY,
  DOCFAV_LIMITED_SCOPES_API_KEY,
  DOCFAV_REVOKED_API_KEY,
  type DocfavSimulator,
} from '../../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  type DoctenaSimulator,
} from '../../simulators/doctena';
import { LABEL_MAX } from '../../shared/settings';
import { loadSettings } from '../core/stores';
import { startHarness, type Harness, type TestRuntime } from '../testing/harness';
import { AppError } from '../../shared/errors';
import { translator } from '../../shared/i18n/translate';
import { errorText } from '../../renderer/components/accounts/errorText';

const en = translator('en');

// Connecting and disconnecting accounts through the dispatcher, against the simulators.

let h: Harness;
let doctena: DoctenaSimulator;
let docfav: DocfavSimulator;
let runtime: TestRuntime;
const outputs: unknown[] = [];
const week = { from: '2026-11-23T00:00:00+01:00', to: '2026-11-30T00:00:00+01:00' };

// On the wall clock, as the demo practice the app starts in.
beforeAll(async () => {
  h = await startHarness({ now: 'wall' });
  ({ doctena, docfav } = h);
});
afterAll(async () => {
  await h.close();
});
afterEach(async () => {
  await runtime.stop();
  // No channel output may ever carry a secret.
  const all = JSON.stringify(outputs);
  for (const secret of [
    DOCTENA_DEMO_PASSWORD === 'demo' ? 'wrong-pw' : DOCTENA_DEMO_PASSWORD,
    DOCFAV_DEMO_API_KEY,
  ]) {
    expect(all).not.toContain(secret);
  }
  outputs.length = 0;
});

/** The app with no account of its own (so, the demo), and the simulators to connect to. */
function start(env: NodeJS.ProcessEnv = {}, journalDir?: string) {
  runtime = h.services({ ...(journalDir ? { journalDir } : {}), accounts: false, env });
  return runtime.start();
}

async function call(channel: string, input: unknown): Promise<IpcResult<never>> {
  const result = (await runtime.dispatch(channel, input, { transport: 'web' })) as IpcResult<never>;
  outputs.push(result);
  return result;
}

async function value<T>(channel: string, input: unknown): Promise<T> {
  const result = await call(channel, input);
  if (!result.ok)
    throw new Error(`${channel}: ${result.error.code} ${JSON.stringify(result.error.details)}`);
  return result.value as T;
}

describe('accounts', () => {
  it('starts in the demo practice, and leaving it shows an empty app', async () => {
    await start();
    expect((await value<{ demo: boolean }>('calendar:range', week)).demo).toBe(true);
    expect(await value('demo:set', { enabled: false })).toEqual({ demo: false });
    const data = await value<{ demo: boolean; events: unknown[] }>('calendar:range', week);
    expect(data.demo).toBe(false);
    expect(data.events).toEqual([]);
  });

  it('refuses a wrong Doctena password in plain words and stores nothing', async () => {
    await start();
    const result = await call('accounts:connectDoctena', {
      login: DOCTENA_DEMO_LOGIN,
      password: 'wrong-pw',
      baseUrl: doctena.baseUrl,
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'auth' } });
    // The words come from the renderer's catalogue: the main process sends the code only.
    if (!result.ok)
      expect(errorText(AppError.fromPayload(result.error), en)).toMatch(/password|log ?in/i);
    expect(await value('accounts:list', {})).toEqual([]);
    expect(runtime.services.secrets.get('anything')).toBeUndefined();
  });

  it('connects Doctena, leaves the demo, shows its calendars, and forgets it on disconnect', async () => {
    await start();
    const account = await value<{ id: string; hasSecret: boolean; managed: boolean }>(
      'accounts:connectDoctena',
      {
        login: DOCTENA_DEMO_LOGIN,
        password: DOCTENA_DEMO_PASSWORD,
        baseUrl: doctena.baseUrl,
        timezone: 'Europe/Berlin',
      },
    );
    expect(account).toMatchObject({ hasSecret: true, managed: false });
    expect(runtime.services.secrets.get(account.id)).toBe(DOCTENA_DEMO_PASSWORD);
    const data = await value<{ demo: boolean; events: { source: string }[] }>(
      'calendar:range',
      week,
    );
    expect(data.demo).toBe(false);
    expect(data.events.length).toBeGreaterThan(0);
    expect(new Set(data.events.map((e) => e.source))).toEqual(new Set(['doctena']));

    // Connecting the same login again updates the account instead of adding a second one.
    await value('accounts:connectDoctena', {
      login: DOCTENA_DEMO_LOGIN,
      password: DOCTENA_DEMO_PASSWORD,
      baseUrl: doctena.baseUrl,
    });
    expect(await value<unknown[]>('accounts:list', {})).toHaveLength(1);

    expect(await value('accounts:disconnect', { accountId: account.id })).toEqual({
      removed: true,
    });
    expect(runtime.services.secrets.get(account.id)).toBeUndefined();
    expect(runtime.services.settings.read().accounts).toEqual([]);
    const after = await value<{ events: unknown[]; calendars: unknown[] }>('calendar:range', week);
    expect(after.events).toEqual([]);
    expect(after.calendars).toEqual([]);
  });

  it.each([
    [DOCFAV_REVOKED_API_KEY, 'auth', /revoked/i],
    ['df_pk_no_such_key', 'auth', /invalid|API key/i],
    [DOCFAV_LIMITED_SCOPES_API_KEY, 'permission', /staff:read|services:read/],
    [DOCFAV_IP_RESTRICTED_API_KEY, 'permission', /IP|address|network/i],
    [DOCFAV_API_DISABLED_API_KEY, 'unavailable', /switched off|disabled/i],
  ])('explains a Docfav key that cannot be used (%s)', async (apiKey, code, message) => {
    await start();
    const result = await call('accounts:discoverDocfav', { apiKey, baseUrl: docfav.baseUrl });
    expect(result).toMatchObject({ ok: false, error: { code } });
    if (!result.ok) {
      expect(errorText(AppError.fromPayload(result.error), en, 'docfav')).toMatch(message);
    }
  });

  it('lists a Docfav key’s clinics, then connects the chosen one', async () => {
    await start();
    const clinics = await value<{ id: string; name: string }[]>('accounts:discoverDocfav', {
      apiKey: DOCFAV_DEMO_API_KEY,
      baseUrl: docfav.baseUrl,
    });
    expect(clinics.map((c) => c.id)).toContain(DOCFAV_DEMO_IDS.clinic);
    const account = await value<{ id: string; label: string }>('accounts:connectDocfav', {
      apiKey: DOCFAV_DEMO_API_KEY,
      baseUrl: docfav.baseUrl,
      clinicIds: [DOCFAV_DEMO_IDS.clinic],
    });
    expect(account.label).toBe('Clínica Demo Salud');
    const data = await value<{ events: { source: string }[] }>('calendar:range', week);
    expect(data.events.some((e) => e.source === 'docfav')).toBe(true);
    const refused = await call('accounts:connectDocfav', {
      apiKey: DOCFAV_DEMO_API_KEY,
      baseUrl: docfav.baseUrl,
      clinicIds: ['not-a-clinic-of-this-key'],
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'validation' } });
  });

  it('wipes a disconnected account’s open moves from the write journal', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-accounts-journal-'));
    try {
      await start({}, dir);
      const account = await value<{ id: string }>('accounts:connectDocfav', {
        apiKey: DOCFAV_DEMO_API_KEY,
        baseUrl: docfav.baseUrl,
        clinicIds: [DOCFAV_DEMO_IDS.clinic],
      });
      const moves = runtime.services.moves;
      const entry = moves.begin({
        accountId: account.id,
        clinicId: DOCFAV_DEMO_IDS.clinic,
        locationId: DOCFAV_DEMO_IDS.calendar,
        timeZone: 'Europe/Madrid',
        staffCalendarId: DOCFAV_DEMO_IDS.staffCalendars.lucia,
        serviceId: DOCFAV_DEMO_IDS.services.consulta,
        clientId: null,
        oldId: '00000000-0000-4000-8000-000000000001',
        rootId: '00000000-0000-4000-8000-000000000001',
        lineage: [],
        oldStart: '2026-11-26T08:00:00Z',
        oldEnd: '2026-11-26T08:30:00Z',
        start: '2026-11-26T10:00:00Z',
        end: '2026-11-26T10:30:00Z',
      });
      moves.release(entry.id);
      expect(readdirSync(dir)).toEqual([`${entry.id}.json`]);
      await value('accounts:disconnect', { accountId: account.id });
      expect(moves.open()).toEqual([]);
      expect(readdirSync(dir)).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  // Finding 7: a practice name of about 200 characters made a label the settings refuse.
  it('cuts a long practice or clinic name to the label limit, and the account is saved', async () => {
    await start();
    const longName = `Centro Médico ${'Especialidades '.repeat(15)}`;
    const clinic = docfav.store.clinics.get(DOCFAV_DEMO_IDS.clinic);
    const calendars = [...doctena.store.calendars.values()];
    const before = { clinic: clinic?.name, owners: calendars.map((c) => c.profile_name) };
    const restore = () => {
      if (clinic && before.clinic !== undefined) clinic.name = before.clinic;
      calendars.forEach((c, i) => (c.profile_name = before.owners[i] ?? c.profile_name));
    };
    try {
      if (clinic) clinic.name = longName;
      for (const c of calendars) c.profile_name = longName;
      const df = await value<{ id: string; label: string }>('accounts:connectDocfav', {
        apiKey: DOCFAV_DEMO_API_KEY,
        baseUrl: docfav.baseUrl,
        clinicIds: [DOCFAV_DEMO_IDS.clinic],
      });
      const dt = await value<{ id: string; label: string }>('accounts:connectDoctena', {
        login: DOCTENA_DEMO_LOGIN,
        password: DOCTENA_DEMO_PASSWORD,
        baseUrl: doctena.baseUrl,
      });
      expect(df.label.length).toBeLessThanOrEqual(LABEL_MAX);
      expect(df.label.startsWith('Centro Médico Especialidades')).toBe(true);
      expect(dt.label.length).toBeLessThanOrEqual(LABEL_MAX);
      expect(dt.label.endsWith('… (Doctena)')).toBe(true);
      // What was saved is what the next start accepts.
      const saved = runtime.services.settings.read();
      expect(loadSettings(saved).notices).toEqual([]);
      expect(saved.accounts.map((a) => a.id).sort()).toEqual([df.id, dt.id].sort());
    } finally {
      restore();
    }
  });

  it.each([
    ['file:///etc/passwd', 'base-url-invalid'],
    ['http://doctena.example/api/v2', 'base-url-insecure'],
  ])('refuses to send a password to %s: the contract refuses it (%s)', async (baseUrl, reason) => {
    await start();
    const result = await call('accounts:connectDoctena', {
      login: DOCTENA_DEMO_LOGIN,
      password: DOCTENA_DEMO_PASSWORD,
      baseUrl,
    });
    // invalid-input: the handler never ran, so no request was made.
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'invalid-input', details: { reason } },
    });
    expect(runtime.services.settings.read().accounts).toEqual([]);
  });

  it('uses accounts preconfigured in the environment, which cannot be removed here', async () => {
    await start({
      FRONTDESK_DOCTENA_URL: doctena.baseUrl,
      FRONTDESK_DOCTENA_LOGIN: DOCTENA_DEMO_LOGIN,
      FRONTDESK_DOCTENA_PASSWORD: DOCTENA_DEMO_PASSWORD,
      FRONTDESK_DOCFAV_URL: docfav.baseUrl,
      FRONTDESK_DOCFAV_API_KEY: DOCFAV_DEMO_API_KEY,
      FRONTDESK_DOCFAV_CLINIC: DOCFAV_DEMO_IDS.clinic,
    });
    const list = await value<{ id: string; managed: boolean; hasSecret: boolean }[]>(
      'accounts:list',
      {},
    );
    expect(list.map((a) => [a.id, a.managed, a.hasSecret])).toEqual([
      ['managed-doctena', true, true],
      ['managed-docfav', true, true],
    ]);
    const data = await value<{ demo: boolean; events: { source: string }[] }>(
      'calendar:range',
      week,
    );
    expect(data.demo).toBe(false);
    expect(new Set(data.events.map((e) => e.source))).toEqual(new Set(['doctena', 'docfav']));
    // Managed secrets stay in memory: nothing is written to the secret store.
    expect(runtime.services.secrets.get('managed-doctena')).toBeUndefined();
    expect(await call('accounts:disconnect', { accountId: 'managed-doctena' })).toMatchObject({
      ok: false,
      error: { code: 'validation' },
    });
  });
});
