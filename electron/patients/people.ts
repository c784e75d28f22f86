import type { CalendarEvent, Source } from '../../shared/domain';
import type { PatientHit } from '../../shared/patients';
import { fold, samePerson, type PatientFields } from './match';

/**
 * The appointments Frontdesk holds, gathered per person. A Docfav appointment names its client by
 * id; a Doctena booking only by the contact typed into it, so its bookings go together by name
 * and phone (see `samePerson`).
 */

export interface Person extends PatientFields {
  key: string;
  sources: Set<Source>;
  /** Set on a Docfav client: the account and client id its appointments carry. */
  client: { accountId: string; clientId: string } | null;
  appointments: CalendarEvent[];
}

/** How far back and ahead patients are looked for in what Frontdesk holds. */
const BACK_MS = 2 * 365 * 86_400_000;
const AHEAD_MS = 365 * 86_400_000;

export function heldRange(nowMs: number) {
  return { from: new Date(nowMs - BACK_MS), to: new Date(nowMs + AHEAD_MS) };
}

const APPOINTMENT_KINDS = new Set(['doctena-booking', 'docfav-appointment']);

export function isAppointment(event: CalendarEvent): boolean {
  return APPOINTMENT_KINDS.has(event.kind) && event.patient !== null;
}

export function docfavKey(accountId: string, clientId: string): string {
  return `docfav:${accountId}:${clientId}`;
}

/** Every person with an appointment among `events`. */
export function peopleOf(events: CalendarEvent[]): Person[] {
  const byClient = new Map<string, Person>();
  const byName = new Map<string, Person[]>();
  for (const event of events) {
    const patient = event.patient;
    if (!patient || !isAppointment(event)) continue;
    if (event.source === 'docfav' && patient.clientId) {
      const key = docfavKey(event.accountId, patient.clientId);
      const person = byClient.get(key) ?? newPerson(key, event);
      person.client = { accountId: event.accountId, clientId: patient.clientId };
      person.appointments.push(event);
      byClient.set(key, person);
      continue;
    }
    const fields = { name: patient.name, phone: patient.phone, email: patient.email };
    const namesakes = byName.get(fold(patient.name)) ?? [];
    let person = namesakes.find((p) => samePerson(p, fields));
    if (!person) {
      // Named after a booking, not the patient: keys may be logged or shown by tools.
      person = newPerson(`${event.source}:${event.id}`, event);
      namesakes.push(person);
      byName.set(fold(patient.name), namesakes);
    }
    person.phone ??= patient.phone;
    person.email ??= patient.email;
    person.sources.add(event.source);
    person.appointments.push(event);
  }
  return [...byClient.values(), ...[...byName.values()].flat()];
}

function newPerson(key: string, event: CalendarEvent): Person {
  return {
    key,
    name: event.patient?.name ?? '',
    phone: event.patient?.phone ?? null,
    email: event.patient?.email ?? null,
    sources: new Set([event.source]),
    client: null,
    appointments: [],
  };
}

/** Folds `other` into `into`: the same patient seen on the other platform. */
export function merge(into: Person, other: Person): void {
  into.phone ??= other.phone;
  into.email ??= other.email;
  for (const source of other.sources) into.sources.add(source);
  const known = new Set(into.appointments.map((a) => a.id));
  into.appointments.push(...other.appointments.filter((a) => !known.has(a.id)));
}

/**
 * What a hit carries: the nearest appointments on both sides of now, at most `perSide` each, in
 * date order (past first).
 */
export function toMatch(person: Person, nowMs: number, perSide: number): PatientHit {
  const sorted = [...person.appointments].sort((a, b) => a.start.localeCompare(b.start));
  const past = sorted.filter((a) => Date.parse(a.start) < nowMs).slice(-perSide);
  const upcoming = sorted.filter((a) => Date.parse(a.start) >= nowMs).slice(0, perSide);
  return {
    key: person.key,
    name: person.name,
    phone: person.phone,
    email: person.email,
    sources: [...person.sources].sort(),
    appointments: [...past, ...upcoming],
  };
}

/** Patients with a next appointment first (soonest first), then the most recently seen. */
export function byRelevance(nowMs: number) {
  const next = (p: Person) =>
    Math.min(...p.appointments.map((a) => Date.parse(a.start)).filter((t) => t >= nowMs));
  const last = (p: Person) =>
    Math.max(...p.appointments.map((a) => Date.parse(a.start)).filter((t) => t < nowMs));
  return (a: Person, b: Person): number => {
    const [na, nb] = [next(a), next(b)];
    if (na !== nb) return na - nb;
    const [la, lb] = [last(a), last(b)];
    if (la !== lb) return lb - la;
    return a.name.localeCompare(b.name);
  };
}
