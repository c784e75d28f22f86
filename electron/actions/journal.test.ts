import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createFileJournal, newMoveId, type MoveEntry } from './journal';

// The write journal on disk: what a desk finds after a crash, and what it never holds.

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'frontdesk-journal-unit-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function entry(fields: Partial<MoveEntry> = {}): MoveEntry {
  return {
    v: 1,
    kind: 'docfav-move',
    id: newMoveId(),
    accountId: 'df',
    clinicId: 'clinic',
    locationId: 'location',
    timeZone: 'Europe/Madrid',
    staffCalendarId: 'staff',
    serviceId: 'service',
    clientId: 'client',
    oldId: 'old',
    rootId: 'old',
    lineage: [],
    oldStart: '2026-11-26T08:00:00Z',
    oldEnd: '2026-11-26T08:30:00Z',
    start: '2026-11-26T10:00:00Z',
    end: '2026-11-26T10:30:00Z',
    markedAt: '2026-11-24T09:00:00.000Z',
    step: 'booking',
    newId: null,
    lookups: 0,
    nextCheckAt: '2026-11-24T09:00:02.000Z',
    updatedAt: '2026-11-24T09:00:00.000Z',
    ...fields,
  };
}

describe('the file journal', () => {
  it('keeps what it was told across a restart, one file per move, and nothing half-written', () => {
    const first = createFileJournal(dir);
    const a = entry();
    const b = entry({ accountId: 'other', markedAt: '2026-11-24T09:05:00.000Z' });
    first.put(a);
    first.put(b);
    first.put({ ...a, step: 'booked', newId: 'new' });
    expect(readdirSync(dir).sort()).toEqual([`${a.id}.json`, `${b.id}.json`].sort());

    const restarted = createFileJournal(dir);
    expect(restarted.list().map((e) => [e.id, e.step])).toEqual([
      [a.id, 'booked'],
      [b.id, 'booking'],
    ]);
    restarted.removeAccount('other');
    restarted.remove(a.id);
    expect(readdirSync(dir)).toEqual([]);
    expect(createFileJournal(dir).list()).toEqual([]);
  });

  it('drops a write a crash interrupted, and sets an unreadable entry aside without failing', () => {
    const good = entry();
    writeFileSync(path.join(dir, `${good.id}.json`), JSON.stringify(good));
    writeFileSync(path.join(dir, `${newMoveId()}.json.123.tmp`), '{"v":1,"kind":"docf');
    writeFileSync(path.join(dir, 'deadbeefdeadbeef.json'), '{ not json');
    const seen: string[] = [];
    const journal = createFileJournal(dir, (file) => seen.push(file));
    expect(journal.list().map((e) => e.id)).toEqual([good.id]);
    expect(seen).toEqual(['deadbeefdeadbeef.json']);
    expect(readdirSync(dir).sort()).toEqual(
      [`${good.id}.json`, 'deadbeefdeadbeef.json.unreadable'].sort(),
    );
  });

  it('holds ids and times only: anything else handed to it is not written', () => {
    const journal = createFileJournal(dir);
    const sneaky = { ...entry(), patientName: 'Erika Musterfrau', note: 'Dolor lumbar' };
    journal.put(sneaky as MoveEntry);
    const text = readFileSync(path.join(dir, readdirSync(dir)[0] ?? ''), 'utf8');
    expect(text).not.toMatch(/Erika|Musterfrau|Dolor/);
  });
});
