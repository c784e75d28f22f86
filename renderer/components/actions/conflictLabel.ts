import type { MessageKey } from '../../../shared/i18n/keys';
import type { Translate } from '../../../shared/i18n/translate';

const KEYS: Record<string, MessageKey> = {
  appointment: 'conflict.appointment',
  time_reservation: 'conflict.time_reservation',
  group_reservation: 'conflict.group_reservation',
  day_off: 'conflict.day_off',
  time_off: 'conflict.time_off',
  outside_working_hours: 'conflict.outside_working_hours',
};

/** What is in the way of a move, by its type only (never a name); unknown types stay neutral. */
export function conflictLabel(type: string, t: Translate): string {
  return t(Object.hasOwn(KEYS, type) ? (KEYS[type] as MessageKey) : 'conflict.unavailable');
}
