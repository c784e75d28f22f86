import { z } from 'zod';
import { CalendarEvent, Source } from './domain';
import { ErrorPayload } from './errors';

/**
 * A patient as the front desk sees one: the card beside an appointment and a search hit. Patient
 * data: it crosses the IPC boundary for the panel or the list on screen and is kept nowhere else.
 */

/** The patient of one appointment, with what the platform knows about them. */
export const PatientCard = z.object({
  source: Source,
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** `YYYY-MM-DD`; null when the platform has none (Doctena never has one). */
  birthDate: z.string().nullable(),
  /** The platform's note on the patient (Docfav's client note), not the appointment's. */
  note: z.string().nullable(),
  tags: z.array(z.string()),
  /** Whether the patient gets reminders; null when the platform does not say (Doctena). */
  reminders: z.boolean().nullable(),
  /** Doctena only: GKV or PKV, as sent. */
  insurance: z.string().nullable(),
  /** The patient's other appointments in the weeks Frontdesk holds, on either platform, by start. */
  appointments: z.array(CalendarEvent),
});
export type PatientCard = z.infer<typeof PatientCard>;

/** One patient found by a search, with their appointments before and after today. */
export const PatientHit = z.object({
  /** The same for the same patient from one search to the next (a list key). */
  key: z.string(),
  name: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  /** The platforms the patient was found on. */
  sources: z.array(Source),
  /** By start; past ones first. Empty for a Docfav patient with nothing in the loaded weeks. */
  appointments: z.array(CalendarEvent),
});
export type PatientHit = z.infer<typeof PatientHit>;

export const PatientSearchResult = z.object({
  matches: z.array(PatientHit),
  /** Accounts whose platform could not be asked; what Frontdesk holds of them was searched. */
  failed: z.array(z.object({ accountId: z.string(), label: z.string(), error: ErrorPayload })),
});
export type PatientSearchResult = z.infer<typeof PatientSearchResult>;
