import type { CalendarEvent } from '../../shared/domain';
import { browserStorage, createColourBook } from './colour-book';

/**
 * One colour per calendar or practitioner. Every entry keeps white text at a contrast of at least
 * 4.5:1 (small event text), and neighbours differ in hue, since the first few are what a typical
 * practice with a handful of calendars sees.
 */
export const PALETTE = [
  '#1d5fd1',
  '#047857',
  '#c2410c',
  '#7c3aed',
  '#be185d',
  '#0e7490',
  '#a16207',
  '#4d7c0f',
  '#b91c1c',
  '#86198f',
];

/** Blocked time and calendars we have no colour for. */
export const NEUTRAL = '#64748b';

/**
 * The legend's sample chips: a dark slate no calendar has, so a status never reads as belonging to
 * one calendar, and dark enough to tell apart from the no-show grey.
 */
export const LEGEND_SAMPLE = '#1e293b';

const book = createColourBook(PALETTE.length, browserStorage());

/**
 * Each calendar's own colour (see colour-book.ts): the same whatever order the platforms list
 * them in and whichever other calendars are missing, and no two alike while ten or fewer are known.
 * A colour the practice chose in Settings wins; the calendar still keeps its slot in the book, so
 * choosing one never moves another calendar's colour.
 */
export function colourMap(
  calendarKeys: string[],
  chosen: Readonly<Record<string, string>> = {},
): Map<string, string> {
  const slots = book.slotsFor(calendarKeys);
  return new Map([...slots].map(([key, slot]) => [key, chosen[key] ?? PALETTE[slot] ?? NEUTRAL]));
}

/** The red, green and blue of a #rrggbb colour, 0–255. */
export function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

function toHex(rgb: number[]): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

/** The colour mixed with white: `amount` 0 is the colour, 1 is white. */
export function tint(hex: string, amount: number): string {
  return toHex(channels(hex).map((c) => c + (255 - c) * amount));
}

/** The colour mixed with black: `amount` 0 is the colour, 1 is black. */
export function shade(hex: string, amount: number): string {
  return toHex(channels(hex).map((c) => c * (1 - amount)));
}

export interface EventColours {
  backgroundColor: string | undefined;
  borderColor: string;
  textColor: string;
}

/**
 * Solid calendar colour for appointments that will happen; a pale tint with dark text for those
 * that are not settled (waiting, unknown) or no longer happen (cancelled, expired), so the eye
 * finds the firm ones first. Blocked time keeps its neutral stripes from styles.css.
 */
export function eventColours(
  event: Pick<CalendarEvent, 'status' | 'kind'>,
  colour: string,
): EventColours {
  const dark = shade(colour, 0.35);
  if (event.kind !== 'doctena-booking' && event.kind !== 'docfav-appointment') {
    return { backgroundColor: undefined, borderColor: colour, textColor: '#1f2937' };
  }
  switch (event.status) {
    case 'confirmed':
    case 'rescheduled':
      return { backgroundColor: colour, borderColor: dark, textColor: '#ffffff' };
    case 'no-show':
      return { backgroundColor: '#4b5563', borderColor: colour, textColor: '#ffffff' };
    case 'waiting':
    case 'unknown':
      return { backgroundColor: tint(colour, 0.82), borderColor: colour, textColor: dark };
    case 'cancelled':
    case 'expired':
      return {
        backgroundColor: tint(colour, 0.9),
        borderColor: tint(colour, 0.4),
        textColor: dark,
      };
  }
}
