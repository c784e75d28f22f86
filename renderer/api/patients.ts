import { useQuery } from '@tanstack/react-query';
import { client } from './client';
import { keys } from './keys';

/** Patients by name, phone or e-mail across time, each with their appointments. */
export function usePatientSearch(query: string) {
  const trimmed = query.trim();
  return useQuery({
    queryKey: keys.search.query(trimmed),
    queryFn: () => client['events:search']({ query: trimmed }),
    enabled: trimmed.length >= 2,
    staleTime: 5_000,
    // Patient data: not kept once the search box no longer shows it.
    gcTime: 0,
  });
}

/**
 * The patient card of the appointment in the details panel. Read once per opening: never
 * refetched while open (the desk reads a phone number, it does not watch it change), and removed
 * from memory the moment the panel closes, so no patient's details linger in the renderer.
 */
export function usePatientCard(eventId: string) {
  return useQuery({
    queryKey: keys.patientCard(eventId),
    queryFn: () => client['patients:get']({ eventId }),
    staleTime: Infinity,
    gcTime: 0,
    refetchOnMount: false,
    refetchOnReconnect: false,
    refetchOnWindowFocus: false,
  });
}
