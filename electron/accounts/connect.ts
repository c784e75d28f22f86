import crypto from 'node:crypto';
import { baseUrlProblem } from '../../shared/base-url';
import { AppError } from '../../shared/errors';
import { capLabel, type DocfavAccount, type DoctenaAccount } from '../../shared/settings';
import type { Logger } from '../log';
import { createDocfavClient } from '../vendors/docfav/client';
import { discoverDocfav } from '../vendors/docfav/discover';
import { createDoctenaClient } from '../vendors/doctena/client';
import { discoverDoctena } from '../vendors/doctena/discover';
import { DOCFAV_DEFAULT_URL, DOCTENA_DEFAULT_URL } from './managed';

interface ConnectContext {
  fetch: typeof fetch;
  logger: Logger;
}

/** Same login on the same server → same id, so connecting twice updates instead of duplicating. */
function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}-${crypto.createHash('sha256').update(parts.join('\n')).digest('hex').slice(0, 16)}`;
}

/**
 * The contract already refuses such an address; this keeps a direct caller from sending a
 * password to a `file:` or clear-text address all the same.
 */
function baseUrlOf(given: string | undefined, fallback: string): string {
  const url = given ?? fallback;
  const reason = baseUrlProblem(url);
  if (reason) {
    throw new AppError('validation', { reason });
  }
  return url.replace(/\/+$/, '');
}

/**
 * Tests a Doctena login by listing its calendars. Throws the client's AppError (wrong password,
 * no network, …) so the welcome screen can say what to do; nothing is stored here.
 */
export async function testDoctena(
  input: { login: string; password: string; baseUrl?: string; label?: string; timezone: string },
  context: ConnectContext,
): Promise<DoctenaAccount> {
  const baseUrl = baseUrlOf(input.baseUrl, DOCTENA_DEFAULT_URL);
  const client = createDoctenaClient({
    ...context,
    baseUrl,
    login: input.login,
    password: input.password,
  });
  const calendars = await discoverDoctena(client, 'test');
  const owner = calendars[0]?.owner;
  return {
    id: stableId('doctena', baseUrl, input.login.toLowerCase()),
    vendor: 'doctena',
    // The owner's name is Doctena's text, of any length: cut to what the settings accept.
    label: input.label
      ? capLabel(input.label)
      : owner
        ? capLabel(owner, ' (Doctena)')
        : capLabel(`Doctena (${input.login})`),
    baseUrl,
    login: input.login,
    timezone: input.timezone,
  };
}

/** Tests a Docfav key: who it belongs to and which clinics it can see, with their details. */
export async function testDocfav(
  input: { apiKey: string; baseUrl?: string },
  context: ConnectContext,
) {
  const baseUrl = baseUrlOf(input.baseUrl, DOCFAV_DEFAULT_URL);
  const client = createDocfavClient({ ...context, baseUrl, apiKey: input.apiKey });
  // Discovery touches every read scope the calendar needs, so missing scopes show up now.
  const discovery = await discoverDocfav(client, 'test');
  return {
    baseUrl,
    userId: discovery.user.id,
    clinics: discovery.clinics.map((d) => ({
      id: d.clinic.id,
      name: d.clinic.name ?? d.clinic.id,
      city: d.clinic.city ?? null,
    })),
  };
}

export function docfavAccount(
  tested: { baseUrl: string; userId: string; clinics: { id: string; name: string }[] },
  clinicIds: string[],
  label: string | undefined,
): DocfavAccount {
  const chosen = tested.clinics.filter((c) => clinicIds.length === 0 || clinicIds.includes(c.id));
  return {
    id: stableId('docfav', tested.baseUrl, tested.userId),
    vendor: 'docfav',
    // A clinic name is Docfav's text, of any length: cut to what the settings accept.
    label: capLabel(label || (chosen.length === 1 && chosen[0] ? chosen[0].name : 'Docfav')),
    baseUrl: tested.baseUrl,
    clinicIds,
  };
}
