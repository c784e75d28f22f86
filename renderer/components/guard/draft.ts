import type { GuardMapping, GuardSettings } from '../../../shared/settings';
import type { MessageKey } from '../../../shared/i18n/keys';

export const WEEKS_BOUNDS = { min: 1, max: 26 } as const;

/** The guard form as typed: the number of weeks stays text until it is saved. */
export interface GuardDraft {
  mappings: GuardMapping[];
  weeksAhead: string;
  mirrorReservations: boolean;
}

export function toDraft(guard: GuardSettings): GuardDraft {
  return {
    mappings: guard.mappings,
    weeksAhead: String(guard.weeksAhead),
    mirrorReservations: guard.mirrorReservations,
  };
}

/** The main process checks again; this only spares a round trip for an obvious typo. */
export function weeksError(draft: GuardDraft): MessageKey | undefined {
  const text = draft.weeksAhead.trim();
  const weeks = Number(text);
  const ok =
    text !== '' &&
    Number.isInteger(weeks) &&
    weeks >= WEEKS_BOUNDS.min &&
    weeks <= WEEKS_BOUNDS.max;
  return ok ? undefined : 'guard.weeksAheadInvalid';
}

export function toGuard(draft: GuardDraft): GuardSettings {
  return {
    mappings: draft.mappings,
    weeksAhead: Number(draft.weeksAhead.trim()),
    mirrorReservations: draft.mirrorReservations,
  };
}

type Pair = Pick<GuardMapping, 'docfav' | 'doctena'>;

export function samePair(a: Pair, b: Pair): boolean {
  return (
    a.docfav.accountId === b.docfav.accountId &&
    a.docfav.calendarId === b.docfav.calendarId &&
    a.doctena.accountId === b.doctena.accountId &&
    a.doctena.calendarId === b.doctena.calendarId
  );
}

export function pairKey(pair: Pair): string {
  return [
    pair.docfav.accountId,
    pair.docfav.calendarId,
    pair.doctena.accountId,
    pair.doctena.calendarId,
  ].join('|');
}
