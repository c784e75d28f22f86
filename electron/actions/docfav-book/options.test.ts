import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { DocfavService } from '../../vendors/docfav/schemas';
import { createBookJournal, type BookEntry } from './entry';
import { bookable, defaultStatus } from './options';

// What the booking dialog is offered, and where unsettled bookings are kept.

const service = (patch: Partial<DocfavService>): DocfavService => ({
  id: 'd0cfa000-0000-4000-8000-000000000501',
  name: 'Fisioterapia',
  price: 5000,
  duration: 30,
  color: null,
  is_active: true,
  vat_rate: 21,
  ...patch,
});

describe('the booking options', () => {
  it('offer active services with a duration, by name', () => {
    expect(
      bookable([
        service({ id: 'b', name: 'Revisión', duration: 20 }),
        service({ id: 'a', name: 'Consulta', duration: 45 }),
        service({ id: 'c', name: 'Old', is_active: false }),
        service({ id: 'd', name: 'No length', duration: null }),
        service({ id: 'e', name: 'Zero', duration: 0 }),
      ]),
    ).toEqual([
      { id: 'a', name: 'Consulta', minutes: 45 },
      { id: 'b', name: 'Revisión', minutes: 20 },
    ]);
  });

  it("default to the clinic's own status, and to confirmed as Docfav does", () => {
    const of = (behaviour: string | null) =>
      defaultStatus({ default_appointments_behaviour: behaviour });
    expect(of('confirmed')).toBe('confirmed');
    expect(of('pending')).toBe('pending');
    expect(of('Unconfirmed')).toBe('pending');
    expect(of(null)).toBe('confirmed');
    expect(of('something new')).toBe('confirmed');
  });
});

describe('the bookings journal on disk', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const entry = (): BookEntry => ({
    v: 1,
    kind: 'docfav-book',
    id: 'aaaa1111bbbb2222',
    accountId: 'df',
    clinicId: 'clinic',
    locationId: 'location',
    timeZone: 'Europe/Madrid',
    staffCalendarId: 'staff',
    serviceId: 'service',
    clientId: 'client',
    start: '2026-11-26T10:00:00Z',
    end: '2026-11-26T10:30:00Z',
    markedAt: '2026-11-24T09:00:00.000Z',
    lookups: 0,
    nextCheckAt: '2026-11-24T09:00:02.000Z',
  });

  it('lives in a folder of its own, made by its first entry, and survives a restart', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-bookings-'));
    const journal = createBookJournal(dir);
    // Nothing written yet: the moves' folder holds nothing of it (their journal reads every file).
    expect(readdirSync(dir)).toEqual([]);
    journal.put(entry());
    expect(readdirSync(dir)).toEqual(['bookings']);
    expect(createBookJournal(dir).list()).toEqual([entry()]);
    journal.remove(entry().id);
    expect(createBookJournal(dir).list()).toEqual([]);
  });

  it('sets aside what it cannot read, and keeps the rest', () => {
    dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-bookings-'));
    createBookJournal(dir).put(entry());
    writeFileSync(path.join(dir, 'bookings', 'broken.json'), '{"v":1,"kind":"docfav-move"');
    const seen: string[] = [];
    expect(createBookJournal(dir, (file) => seen.push(file)).list()).toEqual([entry()]);
    expect(seen).toEqual(['broken.json']);
  });
});
