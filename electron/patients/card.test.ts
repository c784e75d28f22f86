import { describe, expect, it } from 'vitest';
import { DocfavClientRecord } from '../vendors/docfav/schemas';
import { birthDateOf } from './card';

const read = (fields: Record<string, unknown>) =>
  DocfavClientRecord.parse({ id: '68b70480-e924-4841-8038-e2e695971ff6', ...fields });

describe("reading Docfav's client record for the card", () => {
  it('reads the spec example', () => {
    const client = read({
      date_of_birth: { dayOfBirth: '15', monthOfBirth: '03', yearOfBirth: '1990' },
      tags: ['vip'],
      receive_reminders: true,
    });
    expect(birthDateOf(client.date_of_birth)).toBe('1990-03-15');
    expect(client.tags).toEqual(['vip']);
    expect(client.receive_reminders).toBe(true);
  });

  it('takes numbers and unpadded parts, and shows no date that is partial or not a day', () => {
    const date = (dob: unknown) => birthDateOf(read({ date_of_birth: dob }).date_of_birth);
    expect(date({ dayOfBirth: 5, monthOfBirth: 7, yearOfBirth: 1961 })).toBe('1961-07-05');
    expect(date({ dayOfBirth: '15', monthOfBirth: '03', yearOfBirth: null })).toBeNull();
    expect(date({ dayOfBirth: '31', monthOfBirth: '02', yearOfBirth: '1990' })).toBeNull();
    expect(date('1990-03-15')).toBeNull();
    expect(date(null)).toBeNull();
  });

  it('keeps the client when a tag or a field has the wrong type', () => {
    const client = read({ tags: ['vip', 3, null, 'habitual'], receive_reminders: 'yes', note: 42 });
    expect(client.tags).toEqual(['vip', 'habitual']);
    expect(client.receive_reminders).toBeNull();
    expect(client.note).toBeNull();
    expect(read({ tags: 'vip' }).tags).toBeNull();
  });
});
