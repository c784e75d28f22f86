import type { ChannelInput, PatientMatch } from '../../../shared/contract';
import type { DocfavClient, DocfavNewClient } from '../../vendors/docfav/client';
import type { DocfavClientMatch, DocfavCreatedClient } from '../../vendors/docfav/schemas';
import { attempt, notAppliedAfterCheck } from '../outcome';
import { bookingPlace, type BookServices } from './place';

/**
 * Finding and adding the patient of a new booking. What is typed and what comes back is patient
 * data: it goes to Docfav and back to the renderer, and nowhere else (no log line, no file).
 */

const MATCHES = 10;

export async function searchPatients(
  services: Pick<BookServices, 'accounts'>,
  input: ChannelInput<'patients:search'>,
): Promise<PatientMatch[]> {
  const { runtime, place } = bookingPlace(services, input);
  const found = await runtime.client.autocompleteClients(place.clinicId, {
    keyword: input.query.trim(),
    limit: MATCHES,
  });
  return found.map(fromMatch);
}

export async function createPatient(
  services: Pick<BookServices, 'accounts'>,
  input: ChannelInput<'patients:create'>,
): Promise<PatientMatch> {
  const { runtime, place } = bookingPlace(services, input);
  const fields: DocfavNewClient = {
    ...(input.firstName.trim() ? { name: input.firstName.trim() } : {}),
    ...(input.lastName.trim() ? { surname: input.lastName.trim() } : {}),
    ...(input.email.trim() ? { email: input.email.trim() } : {}),
    ...(input.phone.trim() ? { telephone: input.phone.trim() } : {}),
    walkIn: input.walkIn,
  };
  const write = await attempt(() => runtime.client.createClient(place.clinicId, fields));
  if (write.ok) return fromCreated(write.value);
  // No answer: the patient may exist now. Found by their e-mail or phone, they are not added twice.
  const made = await findMade(runtime.client, place.clinicId, fields).catch(() => undefined);
  if (made) return made;
  throw notAppliedAfterCheck(write.unknown);
}

/**
 * The one client that has every detail just sent. A name alone is no proof (two patients can share
 * one), so without an e-mail or a phone nothing is looked for.
 */
async function findMade(
  client: Pick<DocfavClient, 'autocompleteClients'>,
  clinicId: string,
  fields: DocfavNewClient,
): Promise<PatientMatch | undefined> {
  const keyword = fields.email ?? fields.telephone;
  if (!keyword) return undefined;
  const name = fold([fields.name, fields.surname].filter(Boolean).join(' '));
  const digits = (text: string | null | undefined) => (text ?? '').replace(/\D/g, '');
  const same = (await client.autocompleteClients(clinicId, { keyword, limit: MATCHES })).filter(
    (m) =>
      fold(m.fullname ?? '') === name &&
      (!fields.email || fold(m.email ?? '') === fold(fields.email)) &&
      (!fields.telephone || digits(m.telephone) === digits(fields.telephone)),
  );
  return same.length === 1 && same[0] ? fromMatch(same[0]) : undefined;
}

function fold(text: string): string {
  return text.normalize('NFC').trim().toLocaleLowerCase();
}

function fromMatch(m: DocfavClientMatch): PatientMatch {
  return {
    clientId: m.id,
    name: m.fullname ?? '',
    phone: m.telephone ?? null,
    email: m.email ?? null,
    number: m.client_number ?? null,
  };
}

function fromCreated(c: DocfavCreatedClient): PatientMatch {
  return {
    clientId: c.id,
    name: c.fullname ?? [c.name, c.surname].filter(Boolean).join(' '),
    phone: c.telephone ?? null,
    email: c.email ?? null,
    number: c.client_number ?? null,
  };
}
