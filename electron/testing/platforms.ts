import type { DocfavAccount, DoctenaAccount } from '../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  startDocfavSimulator,
  type DocfavSimulator,
} from '../../simulators/docfav';
import {
  DEMO_CALENDARS,
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
  type DoctenaSimulator,
} from '../../simulators/doctena';
import type { TimeRange } from '../sync/source';

/**
 * Both vendor platforms for a test: the Doctena and Docfav simulators over real HTTP on one
 * movable clock, and the two accounts (`dt`, `df`) that log in to them with the demo secrets.
 */

export const NOW = new Date('2026-11-24T09:00:00Z'); // Tuesday, 10:00 in Berlin and Madrid
export const WEEK: TimeRange = {
  from: new Date('2026-11-23T00:00:00+01:00'),
  to: new Date('2026-11-30T00:00:00+01:00'),
};
export const WEEK_MS = 7 * 86_400_000;
export const GENERAL = DEMO_CALENDARS.general._id;
export const PAEDIATRICS = DEMO_CALENDARS.paediatrics._id;
export const IDS = DOCFAV_DEMO_IDS;
export const LUCIA = IDS.staffCalendars.lucia;
/** A Doctena calendar of Lucía's, added for the guard's tests (`luciaOnDoctena`). */
export const LUCIA_DOCTENA = '5f3c1a2b4d6e8f0a1b2c3d0a';

export type AccountId = 'dt' | 'df';

export interface PlatformOptions {
  /** Where the clock starts (default `NOW`); `'wall'` follows real time, as the demo does. */
  now?: Date | 'wall';
  /** Docfav's hourly budget; a frozen clock never starts a new hour. */
  rateLimitPerHour?: number;
  /** Adds Lucía's Doctena calendar (`LUCIA_DOCTENA`) to the Doctena login, for the guard. */
  luciaOnDoctena?: boolean;
}

export interface TestClock {
  now: () => Date;
  /** Moves the clock; refused on the wall clock. */
  setNow(date: Date): void;
}

export interface Platforms {
  doctena: DoctenaSimulator;
  docfav: DocfavSimulator;
  /** The simulators' clock. */
  clock: TestClock;
  accounts: { dt: DoctenaAccount; df: DocfavAccount };
  secretFor(accountId: string): string | undefined;
  /** Requests both simulators have answered so far. */
  requests(): number;
  close(): Promise<void>;
}

export function createClock(start: Date | 'wall'): TestClock {
  if (start === 'wall') {
    return {
      now: () => new Date(),
      setNow: () => {
        throw new Error('this harness runs on the wall clock');
      },
    };
  }
  let current = start;
  return {
    now: () => current,
    setNow: (date) => {
      current = date;
    },
  };
}

export async function startPlatforms(options: PlatformOptions = {}): Promise<Platforms> {
  const clock = createClock(options.now ?? NOW);
  const { now } = clock;
  const [doctena, docfav] = await Promise.all([
    startDoctenaSimulator({ now }),
    startDocfavSimulator({
      now,
      ...(options.rateLimitPerHour ? { rateLimitPerHour: options.rateLimitPerHour } : {}),
    }),
  ]);
  if (options.luciaOnDoctena) {
    doctena.store.addCalendar({
      _id: LUCIA_DOCTENA,
      name: 'Physiotherapie',
      profile_name: 'Dr. Lucia Fernandez',
    });
    doctena.store.grant(DOCTENA_DEMO_LOGIN, LUCIA_DOCTENA);
  }
  const secrets = new Map([
    ['dt', DOCTENA_DEMO_PASSWORD],
    ['df', DOCFAV_DEMO_API_KEY],
  ]);
  return {
    doctena,
    docfav,
    clock,
    accounts: {
      dt: {
        id: 'dt',
        vendor: 'doctena',
        label: 'Doctena',
        baseUrl: doctena.baseUrl,
        login: DOCTENA_DEMO_LOGIN,
        timezone: 'Europe/Berlin',
      },
      df: { id: 'df', vendor: 'docfav', label: 'Docfav', baseUrl: docfav.baseUrl, clinicIds: [] },
    },
    secretFor: (id) => secrets.get(id),
    requests: () => doctena.requestCount() + docfav.requestCount(),
    close: async () => {
      await Promise.all([doctena.close(), docfav.close()]);
    },
  };
}
