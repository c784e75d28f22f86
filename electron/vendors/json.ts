/**
 * Vendor JSON, read defensively. The Doctena spec prints payloads with trailing commas before `}`
 * and `]`; if production ever answers like its own documentation, we still want to read it.
 */

export type JsonResult = { ok: true; value: unknown } | { ok: false };

/** Drops commas that directly precede `}` or `]`, leaving string contents untouched. */
export function stripTrailingCommas(text: string): string {
  let out = '';
  let inString = false;
  let escaped = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (inString) {
      out += ch;
      if (escaped) escaped = false;
      else if (ch === '\\') escaped = true;
      else if (ch === '"') inString = false;
      continue;
    }
    if (ch === '"') {
      inString = true;
      out += ch;
      continue;
    }
    if (ch === ',') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text.charAt(j))) j++;
      const next = text.charAt(j);
      if (next === '}' || next === ']') continue;
    }
    out += ch;
  }
  return out;
}

/** Strict JSON first (fast, and the common case); the trailing-comma repair only on failure. */
export function parseJsonLenient(text: string): JsonResult {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    // fall through to the repair
  }
  try {
    return { ok: true, value: JSON.parse(stripTrailingCommas(text)) as unknown };
  } catch {
    return { ok: false };
  }
}
