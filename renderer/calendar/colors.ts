/**
 * One colour per calendar or practitioner, stable across reloads (assigned by position in the
 * sorted list), chosen to stay readable with dark text and distinct from each other.
 */
export const PALETTE = [
  '#2f6fdf',
  '#0e9f6e',
  '#c2410c',
  '#7c3aed',
  '#be185d',
  '#0891b2',
  '#a16207',
  '#4d7c0f',
  '#b91c1c',
  '#475569',
];

export function colourMap(calendarIds: string[]): Map<string, string> {
  const sorted = [...new Set(calendarIds)].sort();
  return new Map(sorted.map((id, i) => [id, PALETTE[i % PALETTE.length] ?? '#475569']));
}
