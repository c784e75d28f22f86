import type { CalendarEvent } from '../../../shared/domain';

/**
 * What the patient will receive from the platform when the desk goes ahead. Doctena sends an SMS
 * and an e-mail only when asked to (`send_notifications`); Docfav's public API sends nothing for
 * a change of behaviour or time, so a Docfav patient is never told by this app.
 */
export function patientNoticeKey(source: CalendarEvent['source'], notify: boolean) {
  return source === 'doctena' && notify ? 'notice.doctenaSends' : 'notice.notTold';
}
