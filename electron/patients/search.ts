import { toAppError } from '../../shared/errors';
import type { PatientSearchResult } from '../../shared/patients';
import type { DocfavRuntime } from '../accounts/sources';
import type { DocfavClientMatch } from '../vendors/docfav/schemas';
import {
  autocompleteKeyword,
  matchesPatient,
  parseQuery,
  samePerson,
  type PatientQuery,
} from './match';
import { byRelevance, docfavKey, heldRange, merge, peopleOf, toMatch, type Person } from './people';
import type { PatientServices } from './types';

/** Patients shown for one search, and appointments shown per patient on each side of today. */
const MAX_MATCHES = 20;
const PER_SIDE = 10;
/**
 * Docfav's autocomplete takes one term. For several words it is asked for the longest and the
 * answer filtered for the others, so it is asked for more than is shown.
 */
const AUTOCOMPLETE_LIMIT = { oneWord: MAX_MATCHES, severalWords: 50 };

/**
 * Finds patients across time: Docfav through its `clients/autocomplete` (the whole clinic, not
 * only the weeks loaded), Doctena in the bookings its sync holds in memory. A Docfav account that
 * cannot be asked is reported, and its loaded weeks are still searched.
 */
export async function searchPatients(
  services: PatientServices,
  text: string,
): Promise<PatientSearchResult> {
  const query = parseQuery(text);
  const nowMs = services.now().getTime();
  const held = services.sync.history(heldRange(nowMs));
  const people = peopleOf(held);
  const byKey = new Map(people.map((p) => [p.key, p]));
  const found = new Map<string, Person>();
  for (const person of people) {
    if (matchesPatient(query, person)) found.set(person.key, person);
  }

  const failed: PatientSearchResult['failed'] = [];
  const docfav = [...services.accounts().values()].filter(
    (r): r is DocfavRuntime => r.vendor === 'docfav',
  );
  await Promise.all(
    docfav.map(async (runtime) => {
      try {
        for (const client of await askDocfav(runtime, text, query)) {
          const key = docfavKey(runtime.account.id, client.id);
          const person = byKey.get(key) ?? clientOnly(key, runtime.account.id, client);
          // Docfav's appointments carry the client's name only: its number and address come here.
          person.name = client.fullname || person.name;
          person.phone = client.telephone ?? person.phone;
          person.email = client.email ?? person.email;
          found.set(key, person);
        }
      } catch (err) {
        const error = toAppError(err);
        services.logger.warn('patient search: docfav not asked', {
          account: runtime.account.id,
          code: error.code,
        });
        failed.push({
          accountId: runtime.account.id,
          label: runtime.account.label,
          error: error.toPayload(),
        });
      }
    }),
  );

  const hits = mergeAcrossPlatforms([...found.values()]);
  return {
    matches: hits
      .sort(byRelevance(nowMs))
      .slice(0, MAX_MATCHES)
      .map((p) => toMatch(p, nowMs, PER_SIDE)),
    failed,
  };
}

/** The clinic's patients Docfav finds, narrowed to those every word of the query names. */
async function askDocfav(
  runtime: DocfavRuntime,
  text: string,
  query: PatientQuery,
): Promise<DocfavClientMatch[]> {
  const keyword = autocompleteKeyword(text, query);
  if (!keyword) return [];
  const several = query.words.length > 1;
  const limit = several ? AUTOCOMPLETE_LIMIT.severalWords : AUTOCOMPLETE_LIMIT.oneWord;
  const answers = await Promise.all(
    clinicsOf(runtime).map((clinicId) =>
      runtime.client.autocompleteClients(clinicId, { keyword, limit }),
    ),
  );
  const clients = answers.flat();
  // One word: Docfav's own match stands (it also searches the ID card, which we never see).
  if (!several) return clients;
  return clients.filter((c) =>
    matchesPatient(query, { name: c.fullname ?? '', email: c.email, phone: c.telephone }),
  );
}

/** The clinics the account shows: those chosen, or every one the key sees. */
function clinicsOf(runtime: DocfavRuntime): string[] {
  if (runtime.account.clinicIds.length > 0) return runtime.account.clinicIds;
  const ids = runtime.source.calendars().map((c) => c.clinicId);
  return [...new Set(ids.filter((id): id is string => id !== null))];
}

function clientOnly(key: string, accountId: string, client: DocfavClientMatch): Person {
  return {
    key,
    name: client.fullname ?? '',
    phone: client.telephone,
    email: client.email,
    sources: new Set(['docfav']),
    client: { accountId, clientId: client.id },
    appointments: [],
  };
}

/** A patient found on both platforms is one hit, with the appointments of both. */
function mergeAcrossPlatforms(people: Person[]): Person[] {
  const out: Person[] = [];
  for (const person of people) {
    // A Docfav client is one record; Doctena's bookings of one person are already together.
    const twin = out.find(
      (p) => (p.client === null) !== (person.client === null) && samePerson(p, person),
    );
    if (twin) merge(twin, person);
    else out.push(person);
  }
  return out;
}
