import type { AvailabilityWindow } from '../../shared/domain';
import { firstWorkingHour } from './events';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * Where the grid opens. On a range that holds today: an hour before now, so the next patients are
 * on the first screen with the one just gone above them. Otherwise the hour the earliest
 * practitioner starts. Undefined when neither is known.
 */
export function openingScrollTime(
  availability: readonly Pick<AvailabilityWindow, 'start' | 'kind'>[],
  range: { start: Date; end: Date } | null,
  now: Date,
): string | undefined {
  if (range && now >= range.start && now < range.end) {
    return `${pad(Math.max(0, now.getHours() - 1))}:00:00`;
  }
  return firstWorkingHour(availability);
}
