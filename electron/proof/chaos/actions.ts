import { formatInstant } from '../../../shared/time';
import type { DeskOutcome, DeskProcess } from './desk-process';
import { ABSENT, settle, span, type Ledger } from './ledger';
import { blockingsTitled, booking, liveAppointments } from './truth';
import {
  DOCFAV_MINUTES,
  DOCTENA_MINUTES,
  LUCIA_DOCTENA,
  MINUTE,
  eventIds,
  type World,
} from './world';

/** The receptionist's actions, each sent to one desk through its real IPC dispatch. */

export const ACTION_KINDS = [
  'docfav-move',
  'doctena-move',
  'status',
  'blocking-create',
  'blocking-update',
  'blocking-delete',
  'guard',
  'refresh',
] as const;

/** Three numbers in [0, 1) per desk and round, drawn up front (see plan.ts). */
export type Draws = readonly [number, number, number];

export type ActionKind = (typeof ACTION_KINDS)[number];

/**
 * ok: done. pending: the app says it cannot know yet (fine: the end state is what counts).
 * refused: nothing was written, by design (stale view, slot taken, write already on its way).
 * failed: a platform error reached the user. killed: the desk died before answering.
 */
export type Outcome = 'ok' | 'conflict' | 'pending' | 'refused' | 'failed' | 'killed' | 'skipped';

export interface Done {
  kind: ActionKind;
  desk: string;
  outcome: Outcome;
  code?: string;
  /** The Docfav client whose appointment it was about, and what was asked. */
  client?: string;
  detail?: string;
}

export interface Ctx {
  world: World;
  ledger: Ledger;
  /** Records already written to this round: one writer per record, so the ledger stays exact. */
  reserved: Set<string>;
}

const REFUSED = new Set(['not-found', 'validation', 'conflict', 'invalid-input']);

export function classify(kind: ActionKind, desk: string, out: DeskOutcome): Done {
  if ('killed' in out) return { kind, desk, outcome: 'killed' };
  if (out.ok) {
    const status = (out.value as { status?: unknown } | null)?.status;
    if (status === 'conflict') return { kind, desk, outcome: 'conflict' };
    if (typeof status === 'string' && status !== 'moved') return { kind, desk, outcome: 'pending' };
    return { kind, desk, outcome: 'ok' };
  }
  const { code, details } = out.error;
  const unknown = details?.outcome === 'unknown' || details?.outcome === 'pending';
  const outcome = unknown ? 'pending' : REFUSED.has(code) ? 'refused' : 'failed';
  return { kind, desk, outcome, code };
}

const iso = (ms: number) => formatInstant(ms);
/** Picks with a number drawn beforehand, so the draws do not depend on what is found. */
const choose = <T>(items: readonly T[], r: number): T | undefined =>
  items[Math.floor(r * items.length)];

/** A slot (the lists are never empty). */
export function slot(slots: readonly number[], r: number): number {
  const found = choose(slots, r);
  if (found === undefined) throw new Error('no slots');
  return found;
}

/** Moves the appointment `appointmentId` of `client` (book new, cancel old, on Docfav). */
export async function docfavMove(
  ctx: Ctx,
  desk: DeskProcess,
  move: { client: string; appointmentId: string; start: number; force: boolean },
): Promise<Done> {
  ctx.ledger.docfavTarget(move.client, move.start);
  const out = await desk.request('event:move', {
    eventId: eventIds.docfav(move.appointmentId),
    start: iso(move.start),
    end: iso(move.start + DOCFAV_MINUTES * MINUTE),
    notifyPatient: false,
    force: move.force,
  });
  const detail = `${move.appointmentId.slice(0, 8)} to ${iso(move.start)}${move.force ? ' (forced)' : ''}`;
  return { ...classify('docfav-move', desk.name, out), client: move.client, detail };
}

/** A random client's live appointment (as the platform has it), not yet written this round. */
export function pickAppointment(ctx: Ctx, r: number): { client: string; id: string } | undefined {
  const free = ctx.world.clients.filter((c) => !ctx.reserved.has(c));
  const client = choose(free, r);
  if (!client) return undefined;
  const live = liveAppointments(ctx.world, client);
  const appointment = live[0];
  if (!appointment) return undefined;
  ctx.reserved.add(client);
  return { client, id: appointment.id };
}

export async function doctenaMove(ctx: Ctx, desk: DeskProcess, r: Draws): Promise<Done> {
  const id = choose(
    ctx.world.bookings.filter((b) => !ctx.reserved.has(b)),
    r[0],
  );
  const current = id ? booking(ctx.world, id) : undefined;
  if (!id || !current) return { kind: 'doctena-move', desk: desk.name, outcome: 'skipped' };
  ctx.reserved.add(id);
  const start = slot(ctx.world.doctenaSlots, r[1]);
  const end = start + DOCTENA_MINUTES * MINUTE;
  const entry = ctx.ledger.booking(id, span(current.starts.getTime(), current.ends.getTime()));
  const out = await desk.request('event:move', {
    eventId: eventIds.booking(id),
    start: iso(start),
    end: iso(end),
    notifyPatient: false,
    force: false,
  });
  const done = classify('doctena-move', desk.name, out);
  settle(entry.spans, span(start, end), done.outcome === 'ok');
  return done;
}

/** Docfav confirm/unconfirm (the appointment stays live), or Doctena confirm, sometimes cancel. */
export async function setStatus(ctx: Ctx, desk: DeskProcess, r: Draws): Promise<Done> {
  let eventId: string;
  let action: string;
  if (r[0] < 0.5) {
    const picked = pickAppointment(ctx, r[1]);
    const current = picked && ctx.world.docfav.store.appointments.get(picked.id);
    if (!picked || !current) return { kind: 'status', desk: desk.name, outcome: 'skipped' };
    eventId = eventIds.docfav(picked.id);
    action = current.behaviour === 'confirmed' ? 'unconfirm' : 'confirm';
  } else {
    const id = choose(
      ctx.world.bookings.filter((b) => !ctx.reserved.has(b)),
      r[1],
    );
    const current = id ? booking(ctx.world, id) : undefined;
    if (!id || !current) return { kind: 'status', desk: desk.name, outcome: 'skipped' };
    ctx.reserved.add(id);
    eventId = eventIds.booking(id);
    action = r[2] < 0.15 ? 'cancel' : 'confirm';
    const entry = ctx.ledger.booking(id, span(current.starts.getTime(), current.ends.getTime()));
    if (action === 'cancel') entry.cancelAsked = true;
  }
  const out = await desk.request('event:setStatus', { eventId, action, notifyPatient: false });
  return classify('status', desk.name, out);
}

export async function createBlocking(ctx: Ctx, desk: DeskProcess, r: Draws): Promise<Done> {
  const entry = ctx.ledger.newBlocking();
  ctx.reserved.add(entry.title);
  const start = slot(ctx.world.doctenaSlots, r[0]);
  const end = start + DOCTENA_MINUTES * MINUTE;
  const out = await desk.request('blocking:create', {
    title: entry.title,
    calendars: [{ accountId: 'managed-doctena', calendarId: LUCIA_DOCTENA }],
    ranges: [{ start: iso(start), end: iso(end) }],
    recurrence: null,
  });
  const done = classify('blocking-create', desk.name, out);
  const made = out.ok && (out.value as { created?: unknown[] }).created?.length === 1;
  settle(entry.states, span(start, end), done.outcome === 'ok' && made);
  entry.id = blockingsTitled(ctx.world, entry.title)[0]?._id ?? null;
  return done;
}

/** A person-made blocking the platform holds now, not yet written this round. */
function pickBlocking(ctx: Ctx, r: number) {
  const present = [...ctx.ledger.blockings.values()].filter(
    (b) => !ctx.reserved.has(b.title) && blockingsTitled(ctx.world, b.title).length > 0,
  );
  const entry = choose(present, r);
  if (!entry) return undefined;
  ctx.reserved.add(entry.title);
  entry.id ??= blockingsTitled(ctx.world, entry.title)[0]?._id ?? null;
  return entry.id ? { entry, id: entry.id } : undefined;
}

export async function updateBlocking(ctx: Ctx, desk: DeskProcess, r: Draws): Promise<Done> {
  const picked = pickBlocking(ctx, r[0]);
  if (!picked) return { kind: 'blocking-update', desk: desk.name, outcome: 'skipped' };
  const start = slot(ctx.world.doctenaSlots, r[1]);
  const end = start + DOCTENA_MINUTES * MINUTE;
  const out = await desk.request('blocking:update', {
    eventId: eventIds.blocking(picked.id),
    start: iso(start),
    end: iso(end),
  });
  const done = classify('blocking-update', desk.name, out);
  settle(picked.entry.states, span(start, end), done.outcome === 'ok');
  return done;
}

export async function deleteBlocking(ctx: Ctx, desk: DeskProcess, r: Draws): Promise<Done> {
  const picked = pickBlocking(ctx, r[0]);
  if (!picked) return { kind: 'blocking-delete', desk: desk.name, outcome: 'skipped' };
  const out = await desk.request('blocking:delete', { eventId: eventIds.blocking(picked.id) });
  const done = classify('blocking-delete', desk.name, out);
  settle(picked.entry.states, ABSENT, done.outcome === 'ok');
  return done;
}

export async function guardRun(desk: DeskProcess): Promise<Done> {
  return classify('guard', desk.name, await desk.request('guard:run', {}));
}

export async function refresh(world: World, desk: DeskProcess): Promise<Done> {
  return classify('refresh', desk.name, await desk.request('sync:refresh', world.range));
}
