import { ABSENT, span, type Ledger } from './ledger';
import type { Figures } from './report';
import { blockingById, blockingsTitled, booking, liveAppointments } from './truth';
import type { Appointment } from '../../../simulators/docfav';
import type { World } from './world';

/** The end checks, on what the platforms hold (the simulators' stores), never on a desk's view. */

const show = (ms: number) => new Date(ms).toISOString();
const showSpan = (state: string) =>
  state === ABSENT
    ? 'absent'
    : state
        .split('/')
        .map((ms) => show(Number(ms)))
        .join('–');

/** Only the move marker of a note: ids and a time, never what a person wrote. */
const MARKER = /\[frontdesk-move [^\]]{1,200}\]/g;

function describe(a: Appointment, world: World): string {
  const markers = (a.note ?? '').match(MARKER) ?? [];
  const made = `${Math.round((a.createdAt.getTime() - world.startedAt) / 100) / 10} s into the run`;
  return `${a.id} at ${a.from.toISOString()}, made ${made}${markers.length ? `, ${markers.join(' ')}` : ''}`;
}

/** Every Docfav patient the run has keeps exactly one live appointment. */
export function docfavProblems(
  world: World,
  ledger: Ledger,
): { duplicates: number; lost: number; problems: string[] } {
  let duplicates = 0;
  let lost = 0;
  const problems: string[] = [];
  for (const client of world.clients) {
    const live = liveAppointments(world, client);
    const allowed = ledger.docfav.get(client);
    const history = `\n      ${(ledger.history.get(client) ?? ['never moved']).join('\n      ')}`;
    if (live.length === 0) {
      lost += 1;
      problems.push(`docfav client ${client}: no live appointment (lost)${history}`);
    } else if (live.length > 1) {
      duplicates += live.length - 1;
      const list = live.map((a) => `\n      live ${describe(a, world)}`).join('');
      problems.push(`docfav client ${client}: ${live.length} live appointments${list}${history}`);
    }
    for (const a of live) {
      if (allowed && !allowed.has(a.from.getTime())) {
        problems.push(
          `docfav appointment ${a.id} at ${a.from.toISOString()}, where nobody moved it`,
        );
      }
    }
  }
  return { duplicates, lost, problems };
}

export function checkInvariants(world: World, ledger: Ledger, figures: Figures): void {
  const docfav = docfavProblems(world, ledger);
  figures.duplicates = docfav.duplicates;
  figures.lost = docfav.lost;
  figures.problems.push(...docfav.problems);

  for (const id of world.bookings) {
    const record = booking(world, id);
    const entry = ledger.bookings.get(id);
    if (!record) {
      figures.lost += 1;
      figures.problems.push(`doctena booking ${id}: gone`);
      continue;
    }
    if (record.status === 'CANCELLED' && !entry?.cancelAsked) {
      figures.lost += 1;
      figures.problems.push(`doctena booking ${id}: cancelled, though nobody cancelled it`);
    }
    const now = span(record.starts.getTime(), record.ends.getTime());
    if (entry && !entry.spans.has(now)) {
      figures.problems.push(
        `doctena booking ${id}: at ${showSpan(now)}, expected ${[...entry.spans].map(showSpan).join(' or ')}`,
      );
    }
  }

  for (const entry of ledger.blockings.values()) {
    const found = blockingsTitled(world, entry.title);
    const state = found[0] ? span(found[0].starts.getTime(), found[0].ends.getTime()) : ABSENT;
    const problems: string[] = [];
    if (found.length > 1) problems.push(`${found.length} copies`);
    if (!entry.states.has(state)) {
      problems.push(`${showSpan(state)}, expected ${[...entry.states].map(showSpan).join(' or ')}`);
    }
    const original = entry.id ? blockingById(world, entry.id) : undefined;
    if (original && original.title !== entry.title) problems.push('its title was changed');
    if (problems.length > 0) {
      figures.blockingsTouched += 1;
      figures.problems.push(
        `person-made blocking ${entry.id ?? entry.title}: ${problems.join('; ')}`,
      );
    }
  }
}
