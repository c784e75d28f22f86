import type { PatientCard, PatientSearchResult } from '../../shared/patients';
import { patientCard } from './card';
import { searchPatients } from './search';
import type { PatientServices } from './types';

/** Finding a patient and showing their card; nothing of either is kept after the answer. */
export function createPatients(services: PatientServices) {
  return {
    search: (query: string): Promise<PatientSearchResult> => searchPatients(services, query),
    card: (eventId: string): Promise<PatientCard> => patientCard(services, eventId),
  };
}

export type Patients = ReturnType<typeof createPatients>;
