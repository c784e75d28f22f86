import type { Source } from '../../shared/domain';

/** Brand names: the same in every language, so they are not in the catalogues. */
export const PLATFORM_NAME: Record<Source, string> = { doctena: 'Doctena', docfav: 'Docfav' };

/**
 * The small mark saying which platform an event comes from. An image with a name rather than a
 * letter in the text, so the event's visible text (and the accessible name built from it) stays
 * the patient's; the letter is drawn by styles.css.
 */
export function platformMark(source: Source): HTMLSpanElement {
  const mark = document.createElement('span');
  mark.className = `fd-platform fd-platform-${source}`;
  mark.setAttribute('role', 'img');
  mark.setAttribute('aria-label', PLATFORM_NAME[source]);
  mark.title = PLATFORM_NAME[source];
  return mark;
}
