import type { Scope } from './types';

/** Fixed keys and ids of the demo practice, for tests and e2e fixtures. */

export const DOCFAV_DEMO_API_KEY = 'df_pk_demo_frontdesk';
export const DOCFAV_REVOKED_API_KEY = 'df_pk_test_revoked';
export const DOCFAV_EXPIRED_API_KEY = 'df_pk_test_expired';
export const DOCFAV_LIMITED_SCOPES_API_KEY = 'df_pk_test_limited_scopes';
export const DOCFAV_IP_RESTRICTED_API_KEY = 'df_pk_test_ip_restricted';
export const DOCFAV_API_DISABLED_API_KEY = 'df_pk_test_api_disabled';
/** A key of another practice's user: the demo clinic answers it 403 CLINIC_MANAGER_ACCESS_DENIED. */
export const DOCFAV_OTHER_CLINIC_API_KEY = 'df_pk_test_other_clinic';
/** What the limited key may do; it lacks staff:read, clients:*, appointments:write, … */
export const DOCFAV_LIMITED_SCOPES: Scope[] = [
  'user:read',
  'backofficeclinics:read',
  'appointments:read',
];

export const DOCFAV_DEMO_TIMEZONE = 'Europe/Madrid';

export const DOCFAV_DEMO_IDS = {
  user: 'd0cfa000-0000-4000-8000-000000000001',
  disabledUser: 'd0cfa000-0000-4000-8000-000000000002',
  otherUser: 'd0cfa000-0000-4000-8000-000000000003',
  profile: 'd0cfa000-0000-4000-8000-000000000011',
  clinic: 'd0cfa000-0000-4000-8000-000000000101',
  otherClinic: 'd0cfa000-0000-4000-8000-000000000102',
  calendar: 'd0cfa000-0000-4000-8000-000000000201',
  otherCalendar: 'd0cfa000-0000-4000-8000-000000000202',
  staff: {
    lucia: 'd0cfa000-0000-4000-8000-000000000301',
    javier: 'd0cfa000-0000-4000-8000-000000000302',
    carmen: 'd0cfa000-0000-4000-8000-000000000303',
  },
  staffCalendars: {
    lucia: 'd0cfa000-0000-4000-8000-000000000401',
    javier: 'd0cfa000-0000-4000-8000-000000000402',
    carmen: 'd0cfa000-0000-4000-8000-000000000403',
  },
  services: {
    fisioterapia: 'd0cfa000-0000-4000-8000-000000000501',
    consulta: 'd0cfa000-0000-4000-8000-000000000502',
    revision: 'd0cfa000-0000-4000-8000-000000000503',
    osteopatia: 'd0cfa000-0000-4000-8000-000000000504',
    primeraVisita: 'd0cfa000-0000-4000-8000-000000000505',
  },
} as const;
