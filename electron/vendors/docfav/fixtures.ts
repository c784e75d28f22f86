/**
 * The Docfav spec's example payloads, copied as printed (they need no trailing-comma repair), so
 * the tests check our schemas against exactly what the vendor documents. The e-mail addresses
 * read "[email\u00a0protected]" (with a no-break space) because that is how the published page
 * prints them.
 */

/** Error Format — error format */
export const errorJson = `{"data": null,
  "errors": [
    {"code": "INVALID_API_KEY",
      "message": "Invalid API key"
    }
  ],
  "meta": {"timestamp": "2026-02-05T12:00:00+00:00",
    "api_version": "v1"
  }
}`;

/** GET /api-connector/v1/me — response example */
export const meJson = `{
  "data": {
    "id": "550e8400-e29b-41d4-a716-446655440000",
    "email": "[email\u00a0protected]",
    "fullname": "John Doe",
    "firstname": "John",
    "lastname": "Doe",
    "timezone": "Europe/Madrid",
    "locale": "es_ES",
    "country_code": "ES",
    "status": "active"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/profiles — response example */
export const profilesJson = `{
  "data": [
    {
      "id": "550e8400-e29b-41d4-a716-446655440001",
      "type": "professional",
      "back_office_clinic_id": "550e8400-e29b-41d4-a716-446655440002",
      "last_selected": true
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics — response example */
export const clinicsJson = `{
  "data": [
    {
      "id": "6edafcff-732d-4cce-8f16-f0d50d2b22b2",
      "name": "Central Clinic",
      "business_name": "Central Clinic S.L.",
      "vat_number": "B12345678",
      "address": "Main Street 1",
      "city": "Madrid",
      "zip_code": "28001",
      "has_logo": true,
      "subscription_status": "active"
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId} — response example */
export const clinicJson = `{
  "data": {
    "id": "6edafcff-732d-4cce-8f16-f0d50d2b22b2",
    "name": "Central Clinic",
    "business_name": "Central Clinic S.L.",
    "vat_number": "B12345678",
    "issuer_type": "company",
    "address": "Main Street 1",
    "city": "Madrid",
    "zip_code": "28001",
    "has_logo": true,
    "custom_email": "[email\u00a0protected]",
    "default_appointments_behaviour": "confirmed",
    "subscription_status": "active"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/calendars — response example */
export const calendarsJson = `{
  "data": [
    {
      "id": "6e8e058e-f01b-454b-8d49-77589dadc7bd",
      "name": "Centro Getxo",
      "address": "Getxo, España",
      "city": "Getxo",
      "zip_code": "48993",
      "type": "onsite",
      "is_active": true
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/staff — response example */
export const staffJson = `{
  "data": [
    {
      "id": "e727a18f-edf0-45f5-a866-d2c629113758",
      "name": "Pedro",
      "surname": "García",
      "fullname": "Pedro García",
      "email": "[email\u00a0protected]",
      "is_active": true
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/staffcalendars — response example */
export const staffCalendarsJson = `{
  "data": [
    {
      "id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
      "back_office_staff_id": "e727a18f-edf0-45f5-a866-d2c629113758",
      "calendar_id": "6e8e058e-f01b-454b-8d49-77589dadc7bd",
      "email": "[email\u00a0protected]",
      "telephone": "+34600000000",
      "slot_duration": 15,
      "is_active": true,
      "timezone": "Europe/Madrid"
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/services — response example */
export const servicesJson = `{
  "data": [
    {
      "id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      "name": "Fisioterapia",
      "price": 5000,
      "duration": 30,
      "color": "#4CAF50",
      "is_active": true,
      "vat_rate": 21
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/clients — response example */
export const clientsJson = `{
  "data": {
    "clients": [
      {
        "id": "68b70480-e924-4841-8038-e2e695971ff6",
        "client_number": 1234,
        "firstname": "Carlos",
        "lastname": "Garcia",
        "fullname": "Carlos Garcia",
        "email": "[email\u00a0protected]",
        "phone": "+34600000000",
        "gender": "male",
        "date_of_birth": { "dayOfBirth": "15", "monthOfBirth": "03", "yearOfBirth": "1990" },
        "address": "Calle Mayor 1",
        "city": "Madrid",
        "province": "Madrid",
        "post_code": "28001",
        "country_code": "ES",
        "id_card": "12345678A",
        "note": "Paciente habitual",
        "tags": ["vip"],
        "is_active": true,
        "is_company": false,
        "walk_in": false,
        "receive_reminders": true,
        "receive_campaigns": true,
        "has_photo": false,
        "created_at": "2026-01-15T10:00:00+00:00"
      }
    ],
    "meta": {
      "limit": 10,
      "offset": 0,
      "total": 156
    }
  },
  "errors": [],
  "meta": { "timestamp": "2026-03-04T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/clients/{clientId} — response example */
export const clientJson = `{
  "data": {
    "id": "68b70480-e924-4841-8038-e2e695971ff6",
    "client_number": 1234,
    "firstname": "Carlos",
    "lastname": "García",
    "fullname": "Carlos García",
    "email": "[email\u00a0protected]",
    "phone": "+34600000000",
    "gender": "male",
    "date_of_birth": { "dayOfBirth": "15", "monthOfBirth": "03", "yearOfBirth": "1990" },
    "address": "Calle Mayor 1",
    "city": "Madrid",
    "province": "Madrid",
    "post_code": "28001",
    "country_code": "ES",
    "id_card": "12345678A",
    "note": "Paciente habitual",
    "tags": ["vip"],
    "is_active": true,
    "is_company": false,
    "walk_in": false,
    "receive_reminders": true,
    "receive_campaigns": true,
    "has_photo": false,
    "created_at": "2026-01-15T10:00:00+00:00"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/clients/autocomplete — response example */
export const autocompleteJson = `{
  "data": [
    {
      "id": "68b70480-e924-4841-8038-e2e695971ff6",
      "fullname": "Carlos García",
      "email": "[email\u00a0protected]",
      "telephone": "+34600000000",
      "client_number": 1234
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** POST /api-connector/v1/backofficeclinics/{backOfficeClinicId}/clients — request body */
export const createClientRequestJson = `{
  "name": "Carlos",
  "surname": "García",
  "email": "[email\u00a0protected]",
  "telephone": "+34600000000"
}`;

/** POST /api-connector/v1/backofficeclinics/{backOfficeClinicId}/clients — response example */
export const createdClientJson = `{
  "data": {
    "id": "68b70480-e924-4841-8038-e2e695971ff6",
    "client_number": 1234,
    "name": "Carlos",
    "surname": "García",
    "fullname": "Carlos García",
    "email": "[email\u00a0protected]",
    "telephone": "+34600000000"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/calendars/{calendarId}/schedules — response example */
export const schedulesJson = `{
  "data": [
    {
      "staff_id": "e727a18f-edf0-45f5-a866-d2c629113758",
      "staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
      "name": "Pedro García",
      "schedules": [
        {
          "day": "THURSDAY",
          "date": "2026-02-05",
          "type": "REGULAR_DAY",
          "hours": [
            { "start": "08:00", "end": "14:00", "type": "WORKING_DAY" },
            { "start": "16:00", "end": "20:00", "type": "WORKING_DAY" }
          ]
        }
      ]
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/calendars/{calendarId}/occupied — response example */
export const occupiedJson = `{
  "data": [
    {
      "staff_id": "e727a18f-edf0-45f5-a866-d2c629113758",
      "staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
      "name": "Pedro García",
      "working_hours": [
        { "date": "2026-02-05", "from": "08:00", "to": "20:00", "type": "WORKING_DAY" }
      ],
      "day_offs": [],
      "time_offs": [],
      "appointments": [
        {
          "id": "31bd18a6-52be-4ad3-9b9f-78b684fc6f2a",
          "from": "2026-02-05T17:00:00Z",
          "to": "2026-02-05T17:30:00Z",
          "behaviour": "confirmed",
          "client_id": "68b70480-e924-4841-8038-e2e695971ff6",
          "service_name": "Fisioterapia"
        }
      ],
      "time_reservations": [
        {
          "id": "ac14f29b-89f0-4d16-873c-772dae27650f",
          "from": "2026-02-05T13:00:00Z",
          "to": "2026-02-05T14:00:00Z",
          "reason": "Lunch break"
        }
      ],
      "group_reservations": []
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/calendars/{calendarId}/check-availability — response example */
export const checkAvailabilityJson = `{
  "data": {
    "available": false,
    "requested": {
      "from": "2026-02-05T13:00:00Z",
      "to": "2026-02-05T14:00:00Z",
      "staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4"
    },
    "conflicts": [
      {
        "type": "time_reservation",
        "id": "ac14f29b-89f0-4d16-873c-772dae27650f",
        "from": "2026-02-05T13:00:00Z",
        "to": "2026-02-05T14:00:00Z",
        "reason": "Lunch break"
      }
    ]
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/calendars/{calendarId}/available-slots — response example */
export const availableSlotsJson = `{
  "data": [
    {
      "staff_id": "e727a18f-edf0-45f5-a866-d2c629113758",
      "staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
      "name": "Pedro García",
      "timezone": "Europe/Madrid",
      "slot_duration": 15,
      "available_slots": [
        {
          "date": "2026-02-05",
          "day": "THURSDAY",
          "type": "REGULAR_DAY",
          "slots": [
            { "from": "2026-02-05T08:00:00Z", "to": "2026-02-05T08:15:00Z", "available": true, "hour_type": "WORKING_DAY" },
            { "from": "2026-02-05T13:00:00Z", "to": "2026-02-05T13:15:00Z", "available": false, "hour_type": "WORKING_DAY" }
          ]
        }
      ]
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** GET /api-connector/v1/backofficeclinics/{backOfficeClinicId}/availability — response example */
export const availabilityJson = `{
  "data": {
    "appointments": [
      {
        "id": "31bd18a6-52be-4ad3-9b9f-78b684fc6f2a",
        "client_id": "68b70480-e924-4841-8038-e2e695971ff6",
        "client_name": "Carlos Garcia",
        "service_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
        "service_name": "Consulta general",
        "calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
        "staff_id": "e727a18f-edf0-45f5-a866-d2c629113758",
        "booked_from": "2026-03-06T09:00:00Z",
        "booked_to": "2026-03-06T09:30:00Z",
        "status": "confirmed",
        "sale_status": "pending",
        "note": "Primera visita",
        "price": 5000,
        "source": "backoffice"
      }
    ],
    "time_reservations": [
      {
        "id": "ac14f29b-89f0-4d16-873c-772dae27650f",
        "back_office_staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
        "name": "Lunch break",
        "booked_from": "2026-03-06T12:00:00Z",
        "booked_to": "2026-03-06T13:00:00Z",
        "note": null
      }
    ],
    "group_reservations": [],
    "recurring_events": [
      {
        "id": "b5c6d7e8-f9a0-1234-5678-9abcdef01234",
        "back_office_staff_calendar_id": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
        "name": "Weekly team meeting",
        "booked_from": "2026-03-06T08:00:00",
        "booked_to": "2026-03-06T08:30:00",
        "is_recurring_event": true,
        "original_id": "a1b2c3d4-0000-0000-0000-000000000001",
        "timezone": "Europe/Madrid"
      }
    ]
  },
  "errors": [],
  "meta": { "timestamp": "2026-03-06T12:00:00+00:00", "api_version": "v1" }
}`;

/** POST /api-connector/v1/backofficeclinics/{backOfficeClinicId}/appointments — request body */
export const createAppointmentsRequestJson = `{
  "client": "68b70480-e924-4841-8038-e2e695971ff6",
  "timezone": "Europe/Madrid",
  "appointments": [
    {
      "service": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      "back_office_staff_calendar": "9cf404c3-951e-4895-8a14-18c68bd91ef4",
      "from": "2026-02-05T15:00:00Z",
      "to": "2026-02-05T15:30:00Z",
      "note": "First consultation"
    }
  ],
  "send_reminder": true,
  "behaviour": "confirmed"
}`;

/** POST /api-connector/v1/backofficeclinics/{backOfficeClinicId}/appointments — response example */
export const createdAppointmentsJson = `{
  "data": [
    {
      "id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
      "appointment_number": 12346,
      "client_id": "68b70480-e924-4841-8038-e2e695971ff6",
      "service_id": "a1b2c3d4-e5f6-7890-abcd-ef1234567890",
      "service_name": "Fisioterapia",
      "booked_from": "2026-02-05T15:00:00Z",
      "booked_to": "2026-02-05T15:30:00Z",
      "status": "confirmed",
      "note": "First consultation"
    }
  ],
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** PUT /api-connector/v1/backofficeclinics/{backOfficeClinicId}/appointments/{appointmentId}/behaviour — request body */
export const behaviourRequestJson = `{
  "behaviour": "cancelled"
}`;

/** PUT /api-connector/v1/backofficeclinics/{backOfficeClinicId}/appointments/{appointmentId}/behaviour — response example */
export const behaviourJson = `{
  "data": {
    "appointment_id": "f47ac10b-58cc-4372-a567-0e02b2c3d479",
    "behaviour": "cancelled",
    "message": "Appointment behaviour updated successfully"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;

/** DELETE /api-connector/v1/backofficeclinics/{backOfficeClinicId}/appointments/{appointmentId} — response example */
export const deletedJson = `{
  "data": {
    "message": "Appointment deleted successfully"
  },
  "errors": [],
  "meta": { "timestamp": "2026-02-05T12:00:00+00:00", "api_version": "v1" }
}`;
