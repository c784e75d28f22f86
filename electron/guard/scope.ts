import type { GuardMapping, GuardSettings } from '../../shared/settings';
import type { MirrorKind } from './marker';

/** One Doctena calendar's share of a run, before its runtimes are looked up. */
export interface Work {
  key: string;
  doctena: GuardMapping['doctena'];
  /** Paired Docfav calendars; none for a calendar that is only cleaned up. */
  sources: GuardMapping['docfav'][];
  manage: MirrorKind[];
  clear: MirrorKind[];
}

/**
 * Which mirrors this PC looks after: the kinds its options mirror, on the calendars it pairs, and
 * kinds to take out once because a pairing or an option was switched off here. Left there, such
 * mirrors would block the Doctena calendar for good; but only this PC's own kinds go, so a PC
 * never removes what another PC's options still ask for (that PC would make them again).
 */
export class MirrorScope {
  private readonly cleanups = new Map<
    string,
    { doctena: Work['doctena']; kinds: Set<MirrorKind> }
  >();
  /** Whether reserved time was mirrored, as the options said when last looked at. */
  private reservations: boolean;

  constructor(initial: GuardSettings) {
    this.reservations = initial.mirrorReservations;
  }

  /** The kinds this PC mirrors. */
  managed(): MirrorKind[] {
    return this.reservations ? ['appointment', 'reserved'] : ['appointment'];
  }

  /** Clean-ups still to do. */
  pending(): boolean {
    return this.cleanups.size > 0;
  }

  /** Reserved time no longer mirrored here: its mirrors go from every calendar paired here. */
  optionsSeen(guard: GuardSettings): void {
    if (this.reservations && !guard.mirrorReservations) {
      for (const m of guard.mappings) if (m.enabled) this.clean(m.doctena, ['reserved']);
    }
    this.reservations = guard.mirrorReservations;
  }

  /** Settings changed: calendars that lost their last enabled pairing are cleaned up once. */
  pairingsChanged(before: readonly GuardMapping[], guard: GuardSettings): void {
    const was = this.managed();
    this.optionsSeen(guard);
    const paired = new Set(guard.mappings.filter((m) => m.enabled).map((m) => keyOf(m.doctena)));
    for (const m of before) {
      if (m.enabled && !paired.has(keyOf(m.doctena))) this.clean(m.doctena, was);
    }
    // Paired again: what this PC mirrors is no longer to be taken out.
    for (const key of paired) {
      const cleanup = this.cleanups.get(key);
      for (const kind of this.managed()) cleanup?.kinds.delete(kind);
      if (cleanup?.kinds.size === 0) this.cleanups.delete(key);
    }
  }

  /** This run's calendars: the paired ones, then those only to clean up. */
  work(guard: GuardSettings): Work[] {
    const manage = this.managed();
    const out: Work[] = [];
    for (const target of targets(guard.mappings)) {
      const kinds = [...(this.cleanups.get(target.key)?.kinds ?? [])];
      out.push({ ...target, manage, clear: kinds.filter((k) => !manage.includes(k)) });
    }
    for (const [key, { doctena, kinds }] of this.cleanups) {
      if (out.some((w) => w.key === key)) continue;
      out.push({ key, doctena, sources: [], manage: [], clear: [...kinds] });
    }
    return out;
  }

  /** A calendar got through a run, or can no longer be reached: nothing left to take out. */
  done(key: string): void {
    this.cleanups.delete(key);
  }

  private clean(doctena: Work['doctena'], kinds: readonly MirrorKind[]): void {
    const key = keyOf(doctena);
    const cleanup = this.cleanups.get(key) ?? { doctena, kinds: new Set<MirrorKind>() };
    for (const kind of kinds) cleanup.kinds.add(kind);
    this.cleanups.set(key, cleanup);
  }
}

function keyOf(calendar: GuardMapping['doctena']): string {
  return `${calendar.accountId}\n${calendar.calendarId}`;
}

/** Enabled pairings grouped by Doctena calendar: two practitioners may share one. */
function targets(mappings: readonly GuardMapping[]): Omit<Work, 'manage' | 'clear'>[] {
  const byCalendar = new Map<string, Omit<Work, 'manage' | 'clear'>>();
  for (const m of mappings) {
    if (!m.enabled) continue;
    const key = keyOf(m.doctena);
    const target = byCalendar.get(key) ?? { key, doctena: m.doctena, sources: [] };
    const dup = target.sources.some(
      (s) => s.accountId === m.docfav.accountId && s.calendarId === m.docfav.calendarId,
    );
    if (!dup) target.sources.push(m.docfav);
    byCalendar.set(key, target);
  }
  return [...byCalendar.values()];
}
