/**
 * A colour as a platform sends it, read tolerantly: `#rrggbb` or `#rgb`, in any case, with or
 * without the `#`, surrounded by spaces. Anything else (a name, `rgb(…)`, an empty string) is
 * `null`, so the caller falls back to a colour of its own rather than drawing something unreadable.
 */
export function parseHexColour(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const match = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  const digits = match?.[1]?.toLowerCase();
  if (!digits) return null;
  const full = digits.length === 3 ? [...digits].map((d) => d + d).join('') : digits;
  return `#${full}`;
}
