import { describe, expect, it } from 'vitest';
import { CalendarEvent } from '../../../shared/domain';
import * as fx from './fixtures';
import { mapDocfavAppointment } from './map';
import { DocfavAvailability, envelope } from './schemas';

// The service id an appointment carries is what the calendar colours it by (Settings: colour
// Docfav appointments by their service). It is read tolerantly: without one, the appointment is
// still shown, in its calendar's colour.

const ctx = { accountId: 'acc1', now: Date.parse('2026-03-06T08:00:00Z') };
const specAppointment = () => {
  const parsed = envelope(DocfavAvailability).parse(JSON.parse(fx.availabilityJson));
  const first = parsed.data.appointments[0];
  if (!first) throw new Error('the spec example has an appointment');
  return first;
};

describe('the service of a Docfav appointment', () => {
  it('is kept as the event’s serviceId', () => {
    expect(mapDocfavAppointment(specAppointment(), ctx)?.serviceId).toBe(
      'a1b2c3d4-e5f6-7890-abcd-ef1234567890',
    );
  });

  it('is null when Docfav sends none, a null or something unreadable, and the event stays', () => {
    const raw = JSON.parse(fx.availabilityJson) as {
      data: { appointments: Record<string, unknown>[] };
    };
    const first = raw.data.appointments[0] ?? {};
    for (const serviceId of [undefined, null, 42, { id: 'x' }]) {
      const appointment = { ...first, service_id: serviceId };
      if (serviceId === undefined) delete appointment.service_id;
      const parsed = envelope(DocfavAvailability).parse({
        ...raw,
        data: { ...raw.data, appointments: [appointment] },
      });
      const [read] = parsed.data.appointments;
      const event = read && mapDocfavAppointment(read, ctx);
      expect(event?.serviceId, String(serviceId)).toBeNull();
      expect(CalendarEvent.safeParse(event).success).toBe(true);
    }
  });
});
