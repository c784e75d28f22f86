import { baseUrlProblem } from '../../shared/base-url';
import { Account, capLabel } from '../../shared/settings';
import { isValidTimeZone } from '../../shared/time';

export const DOCTENA_DEFAULT_URL = 'https://www.doxter.de/api/v2';
export const DOCFAV_DEFAULT_URL = 'https://www.docfav.com/api-connector/v1';

export interface Managed {
  accounts: Account[];
  /** Read from the environment at start; held in memory only, never written anywhere. */
  secrets: Map<string, string>;
  /** Problems with the variables, in words an IT admin can act on (no secret values). */
  problems: string[];
}

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Berlin';
}

/**
 * Accounts an IT admin preconfigures for many reception PCs, so nobody types secrets at the desk:
 * FRONTDESK_DOCTENA_URL, _LOGIN, _PASSWORD (_TIMEZONE) and FRONTDESK_DOCFAV_URL, _API_KEY,
 * _CLINIC (comma-separated clinic ids; all clinics when unset). Read by the main process only.
 */
export function managedAccounts(env: NodeJS.ProcessEnv): Managed {
  const accounts: Account[] = [];
  const secrets = new Map<string, string>();
  const problems: string[] = [];
  const url = (value: string | undefined, fallback: string, name: string) => {
    const text = value?.trim() || fallback;
    const problem = baseUrlProblem(text);
    if (problem === 'base-url-insecure') {
      // The password or key would cross the network in clear.
      problems.push(`${name}: https-required`);
      return undefined;
    }
    if (problem) {
      problems.push(`${name}: invalid-url`);
      return undefined;
    }
    return new URL(text).toString().replace(/\/$/, '');
  };
  /** Same rules as a stored account, so an account from the environment is never looser. */
  const add = (candidate: Account, secret: string, names: string) => {
    const parsed = Account.safeParse(candidate);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.')))].join(', ');
      problems.push(`${names}: unusable (${fields})`);
      return;
    }
    accounts.push(parsed.data);
    secrets.set(parsed.data.id, secret);
  };

  const login = env.FRONTDESK_DOCTENA_LOGIN?.trim();
  const password = env.FRONTDESK_DOCTENA_PASSWORD;
  if (login || password) {
    const baseUrl = url(env.FRONTDESK_DOCTENA_URL, DOCTENA_DEFAULT_URL, 'FRONTDESK_DOCTENA_URL');
    const zone = env.FRONTDESK_DOCTENA_TIMEZONE?.trim() || systemTimeZone();
    if (!login || !password) {
      problems.push('FRONTDESK_DOCTENA_LOGIN, FRONTDESK_DOCTENA_PASSWORD: both-required');
    } else if (!isValidTimeZone(zone)) {
      problems.push('FRONTDESK_DOCTENA_TIMEZONE: unknown-time-zone');
    } else if (baseUrl) {
      add(
        {
          id: 'managed-doctena',
          vendor: 'doctena',
          label: capLabel(`Doctena (${login})`),
          baseUrl,
          login,
          timezone: zone,
        },
        password,
        'FRONTDESK_DOCTENA_*',
      );
    }
  }

  const apiKey = env.FRONTDESK_DOCFAV_API_KEY?.trim();
  if (apiKey) {
    const baseUrl = url(env.FRONTDESK_DOCFAV_URL, DOCFAV_DEFAULT_URL, 'FRONTDESK_DOCFAV_URL');
    const clinicIds = (env.FRONTDESK_DOCFAV_CLINIC ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean);
    if (baseUrl) {
      add(
        { id: 'managed-docfav', vendor: 'docfav', label: 'Docfav', baseUrl, clinicIds },
        apiKey,
        'FRONTDESK_DOCFAV_*',
      );
    }
  }
  return { accounts, secrets, problems };
}
