import type { Appointment } from '../../../simulators/docfav';
import type { Blocking, Booking } from '../../../simulators/doctena';
import { LUCIA_DOCTENA, type World } from './world';

/** What the platforms really hold, read from the simulators' stores (never from a desk). */

const LIVE = new Set(['confirmed', 'pending', 'unconfirmed']);

export function liveAppointments(world: World, clientId: string): Appointment[] {
  return [...world.docfav.store.appointments.values()]
    .filter((a) => a.clientId === clientId && LIVE.has(a.behaviour))
    .sort((a, b) => a.from.getTime() - b.from.getTime() || a.id.localeCompare(b.id));
}

export function booking(world: World, id: string): Booking | undefined {
  return world.doctena.store.getBooking(LUCIA_DOCTENA, id);
}

export function blockingsTitled(world: World, title: string): Blocking[] {
  return world.doctena.store.listBlockings(LUCIA_DOCTENA).filter((b) => b.title === title);
}

export function blockingById(world: World, id: string): Blocking | undefined {
  return world.doctena.store.getBlocking(LUCIA_DOCTENA, id);
}
