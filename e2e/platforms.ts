import type { WebApp } from '../electron/web/app';
import { DOCFAV_DEMO_API_KEY, DOCFAV_DEMO_IDS } from '../simulators/docfav';
import { DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD } from '../simulators/doctena';
import { addDays, isoWeekInZone, localToInstant } from '../shared/time';

/**
 * The demo platforms as the specs check them: straight over their APIs, beside the app, so a test
 * proves what the platform now holds and not only what the screen says.
 */

/** The browser's zone in playwright.config.ts (Madrid, the Docfav clinic's, has the same). */
export const ZONE = 'Europe/Berlin';

export function baseUrl(app: WebApp, accountId: string): string {
  const runtime = app.services.accounts().get(accountId);
  if (!runtime) throw new Error(`no ${accountId}`);
  return runtime.account.baseUrl;
}

const doctenaAuth = `Basic ${Buffer.from(`${DOCTENA_DEMO_LOGIN}:${DOCTENA_DEMO_PASSWORD}`).toString('base64')}`;

export async function doctena<T>(app: WebApp, path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${baseUrl(app, 'demo-doctena')}${path}`, {
    ...init,
    headers: { Authorization: doctenaAuth, 'Content-Type': 'application/json', ...init.headers },
  });
  return (await res.json()) as T;
}

/** Docfav's answer as it comes, in its `{ data }` envelope, for the demo clinic. */
export async function docfavEnvelope(
  app: WebApp,
  path: string,
  init: RequestInit = {},
): Promise<{ data: unknown }> {
  const res = await fetch(
    `${baseUrl(app, 'demo-docfav')}/backofficeclinics/${DOCFAV_DEMO_IDS.clinic}${path}`,
    {
      ...init,
      headers: {
        'X-Api-Key': DOCFAV_DEMO_API_KEY,
        'Content-Type': 'application/json',
        ...init.headers,
      },
    },
  );
  return (await res.json()) as { data: unknown };
}

export async function docfav<T>(app: WebApp, path: string, init: RequestInit = {}): Promise<T> {
  return (await docfavEnvelope(app, path, init)).data as T;
}

/** A wall-clock time in next week as the receptionist sees it: day 0 is next Monday. */
export function nextWeekAt(dayOffset: number, hour: number, minute = 0): Date {
  const { monday } = isoWeekInZone(Date.now(), ZONE);
  return localToInstant({ ...addDays(monday, 7 + dayOffset), hour, minute, second: 0 }, ZONE);
}

/**
 * Books Dra. Lucía (the demo's Docfav practitioner) on Docfav directly, as an online booking
 * would arrive behind the app's back: the first client, a general consultation. Returns its id.
 */
export async function bookLucia(app: WebApp, start: Date, minutes = 30): Promise<string> {
  const clients = await docfav<{ clients: { id: string }[] }>(app, '/clients?limit=1');
  const made = await docfav<{ id: string }[]>(app, '/appointments', {
    method: 'POST',
    body: JSON.stringify({
      client: clients.clients[0]?.id,
      appointments: [
        {
          service: DOCFAV_DEMO_IDS.services.consulta,
          back_office_staff_calendar: DOCFAV_DEMO_IDS.staffCalendars.lucia,
          from: start.toISOString(),
          to: new Date(start.getTime() + minutes * 60_000).toISOString(),
        },
      ],
      force: true,
    }),
  });
  return made[0]?.id ?? '';
}
