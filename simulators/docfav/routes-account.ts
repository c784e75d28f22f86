import { queryEnum, queryInt, queryUuid } from './params';
import type { Api } from './api';
import type { Clinic, StaffCalendar } from './types';

/** /me, /profiles, clinics, locations, staff, staff calendars, services. */

function clinicSummary(c: Clinic) {
  return {
    id: c.id,
    name: c.name,
    business_name: c.business_name,
    vat_number: c.vat_number,
    address: c.address,
    city: c.city,
    zip_code: c.zip_code,
    has_logo: c.has_logo,
    subscription_status: c.subscription_status,
  };
}

function clinicDetail(c: Clinic) {
  return {
    id: c.id,
    name: c.name,
    business_name: c.business_name,
    vat_number: c.vat_number,
    issuer_type: c.issuer_type,
    address: c.address,
    city: c.city,
    zip_code: c.zip_code,
    has_logo: c.has_logo,
    custom_email: c.custom_email,
    default_appointments_behaviour: c.default_appointments_behaviour,
    subscription_status: c.subscription_status,
  };
}

function staffCalendarJson(sc: StaffCalendar) {
  return {
    id: sc.id,
    back_office_staff_id: sc.staffId,
    calendar_id: sc.calendarId,
    email: sc.email,
    telephone: sc.telephone,
    slot_duration: sc.slot_duration,
    is_active: sc.is_active,
    timezone: sc.timezone,
  };
}

const STAFF_CALENDAR_ORDER = ['email.asc', 'email.desc', 'id.asc', 'id.desc'] as const;

export function registerAccountRoutes(api: Api): void {
  api.route('GET', '/me', ['user:read'], ({ auth: { user } }) => ({
    data: {
      id: user.id,
      email: user.email,
      fullname: `${user.firstname} ${user.lastname}`,
      firstname: user.firstname,
      lastname: user.lastname,
      timezone: user.timezone,
      locale: user.locale,
      country_code: user.country_code,
      status: user.status,
    },
  }));

  api.route('GET', '/profiles', ['profiles:read'], ({ store, auth }) => ({
    data: [...store.profiles.values()]
      .filter((p) => p.userId === auth.user.id)
      .map((p) => ({
        id: p.id,
        type: p.type,
        back_office_clinic_id: p.back_office_clinic_id,
        last_selected: p.last_selected,
      })),
  }));

  api.route('GET', '/backofficeclinics', ['backofficeclinics:read'], ({ store, auth }) => ({
    data: auth.user.clinicIds
      .map((id) => store.clinics.get(id))
      .filter((c): c is Clinic => c !== undefined)
      .map(clinicSummary),
  }));

  api.clinicRoute('GET', '', ['backofficeclinics:read'], ({ clinic }) => ({
    data: clinicDetail(clinic),
  }));

  api.clinicRoute('GET', '/calendars', ['backofficeclinics:read'], ({ store, clinic }) => ({
    data: [...store.calendars.values()]
      .filter((l) => l.clinicId === clinic.id)
      .map((l) => ({
        id: l.id,
        name: l.name,
        address: l.address,
        city: l.city,
        zip_code: l.zip_code,
        type: l.type,
        is_active: l.is_active,
      })),
  }));

  api.clinicRoute('GET', '/staff', ['staff:read'], ({ store, clinic }) => ({
    data: [...store.staff.values()]
      .filter((s) => s.clinicId === clinic.id)
      .map((s) => ({
        id: s.id,
        name: s.name,
        surname: s.surname,
        fullname: `${s.name} ${s.surname}`,
        email: s.email,
        is_active: s.is_active,
      })),
  }));

  api.clinicRoute('GET', '/staffcalendars', ['staff:read'], ({ store, clinic, req }) => {
    const calendarId = queryUuid(req.query, 'calendar_id');
    const staffId = queryUuid(req.query, 'staff_id');
    const limit = queryInt(req.query, 'limit', { default: 100, min: 1, max: 1000 });
    const offset = queryInt(req.query, 'offset', { default: 0, min: 0 });
    const orderBy = queryEnum(req.query, 'order_by', STAFF_CALENDAR_ORDER) ?? 'email.asc';
    const [field, dir] = orderBy.split('.') as ['email' | 'id', 'asc' | 'desc'];
    const list = store
      .staffCalendarsOfClinic(clinic.id)
      .filter(
        (sc) =>
          (calendarId === undefined || sc.calendarId === calendarId) &&
          (staffId === undefined || sc.staffId === staffId),
      )
      .sort((a, b) => a[field].localeCompare(b[field]) * (dir === 'asc' ? 1 : -1));
    return { data: list.slice(offset, offset + limit).map(staffCalendarJson) };
  });

  api.clinicRoute('GET', '/services', ['services:read'], ({ store, clinic }) => ({
    data: [...store.services.values()]
      .filter((s) => s.clinicId === clinic.id)
      .map((s) => ({
        id: s.id,
        name: s.name,
        price: s.price,
        duration: s.duration,
        color: s.color,
        is_active: s.is_active,
        vat_rate: s.vat_rate,
      })),
  }));
}
