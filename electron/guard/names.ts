/**
 * Practitioner names compared across platforms: "Dra. Lucía Fernández" on Docfav and
 * "Dr. Lucia Fernandez" on Doctena are the same person. Accents, case, punctuation, word order
 * and titles do not count.
 */

const TITLES = new Set([
  'dr',
  'dra',
  'drs',
  'dres',
  'doc',
  'doctor',
  'doctora',
  'dott',
  'dottssa',
  'prof',
  'profa',
  'professor',
  'profesor',
  'profesora',
  'med',
  'dent',
  'dipl',
  'mag',
  'priv',
  'doz',
  'pd',
  'univ',
  'phd',
  'mr',
  'mrs',
  'ms',
  'herr',
  'frau',
  'sr',
  'sra',
  'srta',
  'mme',
  'dhr',
  'mevr',
]);

/** The words of a name without accents, case, punctuation and titles. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/ß/g, 'ss')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '' && !TITLES.has(word));
}

/**
 * True when both names have the same words, or when one has at least two words and all of them
 * are in the other (Spanish practitioners often drop their second surname elsewhere).
 */
export function sameName(a: string, b: string): boolean {
  const x = new Set(nameWords(a));
  const y = new Set(nameWords(b));
  if (x.size === 0 || y.size === 0) return false;
  const [small, large] = x.size <= y.size ? [x, y] : [y, x];
  const contained = [...small].every((w) => large.has(w));
  return contained && (small.size === large.size || small.size >= 2);
}
