import type { Account } from '../../shared/settings';
import {
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_TIMEZONE,
  startDocfavSimulator,
} from '../../simulators/docfav';
import {
  DOCTENA_DEMO_LOGIN,
  DOCTENA_DEMO_PASSWORD,
  startDoctenaSimulator,
} from '../../simulators/doctena';

export interface Demo {
  accounts: Account[];
  /** Demo credentials live in memory only: they are never written to the secret store. */
  secrets: Map<string, string>;
  close(): Promise<void>;
}

/**
 * The fictional demo practice: both simulators started on loopback inside the main process, and
 * reached over real HTTP exactly like the real platforms.
 */
export async function startDemo(): Promise<Demo> {
  const [doctena, docfav] = await Promise.all([startDoctenaSimulator(), startDocfavSimulator()]);
  const accounts: Account[] = [
    {
      id: 'demo-doctena',
      vendor: 'doctena',
      label: 'Praxis Demo Gesundheit (Doctena)',
      baseUrl: doctena.baseUrl,
      login: DOCTENA_DEMO_LOGIN,
      timezone: 'Europe/Berlin',
    },
    {
      id: 'demo-docfav',
      vendor: 'docfav',
      label: 'Clínica Demo Salud (Docfav)',
      baseUrl: docfav.baseUrl,
      clinicIds: [],
    },
  ];
  return {
    accounts,
    secrets: new Map([
      ['demo-doctena', DOCTENA_DEMO_PASSWORD],
      ['demo-docfav', DOCFAV_DEMO_API_KEY],
    ]),
    close: async () => {
      await Promise.all([doctena.close(), docfav.close()]);
    },
  };
}

export { DOCFAV_DEMO_TIMEZONE };
