import { parseHexColour } from '../../shared/colour';
import type { CalendarEvent } from '../../shared/domain';
import {
  channels,
  contrast,
  eventColours,
  LEGEND_SAMPLE,
  NEUTRAL,
  type EventColours,
} from './colors';

/**
 * Docfav appointments filled with their service's colour (a setting, off by default). The
 * calendar's own colour stays as the event's stripe, so the practitioner is still known at a
 * glance, and status still shows by style (tints, grey for a no-show) as it does without it.
 */

/** Service colours by `accountId|serviceId`: a clinic's service ids are its own. */
export type ServiceColours = ReadonlyMap<string, string>;

export const serviceKeyOf = (accountId: string, serviceId: string) => `${accountId}|${serviceId}`;

const WHITE = '#ffffff';
// Pure black, not a softer dark: with it one of the two always reaches 4.5:1 (small text).
const DARK_TEXT = '#000000';

/**
 * Colours that already mean something other than a service: the legend's status chips, the
 * no-show grey and blocked time. A service painted in one of them would read as that status.
 */
const RESERVED = [
  LEGEND_SAMPLE,
  NEUTRAL,
  eventColours({ kind: 'docfav-appointment', status: 'no-show' }, LEGEND_SAMPLE).backgroundColor,
].filter((c): c is string => c !== undefined);

function tooClose(a: string, b: string): boolean {
  const [r1, g1, b1] = channels(a);
  const [r2, g2, b2] = channels(b);
  return Math.hypot(r1 - r2, g1 - g2, b1 - b2) < 32;
}

/** White or black text, whichever reads better on `background`. */
export function readableText(background: string): string {
  return contrast(background, WHITE) >= contrast(background, DARK_TEXT) ? WHITE : DARK_TEXT;
}

/** The colour of the event's service, when there is one we can use; otherwise null. */
export function serviceColourOf(
  event: Pick<CalendarEvent, 'kind' | 'accountId' | 'serviceId'>,
  colours: ServiceColours | null,
): string | null {
  if (!colours || event.kind !== 'docfav-appointment' || !event.serviceId) return null;
  const colour = parseHexColour(colours.get(serviceKeyOf(event.accountId, event.serviceId)));
  return colour && !RESERVED.some((reserved) => tooClose(colour, reserved)) ? colour : null;
}

/**
 * How a Docfav appointment is drawn in its service's colour, or null to draw it in its calendar's
 * (the setting is off, the event has no service, or the service has no usable colour).
 */
export function serviceEventColours(
  event: Pick<CalendarEvent, 'kind' | 'accountId' | 'serviceId' | 'status'>,
  calendarColour: string,
  colours: ServiceColours | null,
): EventColours | null {
  const fill = serviceColourOf(event, colours);
  if (!fill) return null;
  const byStatus = eventColours(event, fill);
  const background = byStatus.backgroundColor ?? fill;
  return {
    backgroundColor: background,
    borderColor: calendarColour,
    textColor: readableText(background),
  };
}
