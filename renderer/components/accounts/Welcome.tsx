import type { CalendarData } from '../../../shared/contract';

/** The first-run screen (connect Doctena, connect Docfav, or try the demo). */
export function Welcome(_props: { data: CalendarData | undefined }) {
  return null;
}
