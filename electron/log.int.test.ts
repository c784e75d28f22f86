import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DOCFAV_DEMO_API_KEY } from '../simulators/docfav';
import { DOCTENA_DEMO_PASSWORD } from '../simulators/doctena';
import { createLogger } from './log';
import { startHarness, type Harness } from './testing/harness';

// Health data and secrets must never reach a log, even at debug level.

let h: Harness;

// On the wall clock: the demo practice is seeded from this week, and so are the harness's
// simulators, which therefore hold the same patients as the demo the app shows.
beforeEach(async () => {
  h = await startHarness({ now: 'wall' });
});
afterEach(async () => {
  await h.close();
});

describe('logging', () => {
  it('writes no patient data and no secret during a full demo sync at debug level', async () => {
    const lines: string[] = [];
    const runtime = h.services({
      accounts: false,
      logger: createLogger('debug', (line) => lines.push(line)),
    });
    await runtime.start();
    try {
      const week = (offset: number) => ({
        from: new Date(Date.now() + (offset - 7) * 86_400_000).toISOString(),
        to: new Date(Date.now() + offset * 86_400_000).toISOString(),
      });
      for (const offset of [0, 7, 14]) {
        const result = await runtime.dispatch('calendar:range', week(offset), { transport: 'web' });
        expect(result.ok).toBe(true);
      }
      const web = { transport: 'web' } as const;
      expect((await runtime.dispatch('events:search', { query: 'garcia lopez' }, web)).ok).toBe(
        true,
      );
      expect((await runtime.dispatch('events:search', { query: '600 555 001' }, web)).ok).toBe(
        true,
      );
      // Every patient card of the week on screen, Docfav's each read from the platform.
      const shown = await runtime.dispatch('calendar:range', week(7), web);
      const events = shown.ok ? (shown.value as { events: { id: string }[] }).events : [];
      for (const { id } of events) await runtime.dispatch('patients:get', { eventId: id }, web);
    } finally {
      await runtime.stop();
    }

    const log = lines.join('\n');
    expect(lines.length).toBeGreaterThan(20);
    expect(log).toContain('vendor request');

    // Every patient name, phone and e-mail the simulators served, compared with the log.
    const { doctena, docfav } = h;
    const needles = new Set<string>();
    for (const calendarId of doctena.store.calendars.keys()) {
      for (const b of doctena.store.listBookings(calendarId)) {
        needles.add(b.contact.first_name);
        if (b.contact.email) needles.add(b.contact.email);
        if (b.contact.phone_number) needles.add(b.contact.phone_number);
      }
    }
    for (const c of docfav.store.clients.values()) {
      needles.add(`${c.firstname} ${c.lastname}`);
      needles.add(c.lastname);
      if (c.email) needles.add(c.email);
      if (c.phone) needles.add(c.phone);
    }
    expect(needles.size).toBeGreaterThan(100);
    for (const needle of needles) expect(log).not.toContain(needle);
    expect(log).not.toContain(DOCFAV_DEMO_API_KEY);
    expect(log).not.toContain(
      Buffer.from(`demo@frontdesk.example:${DOCTENA_DEMO_PASSWORD}`).toString('base64'),
    );
    expect(log).not.toMatch(/garcia/i);
  });
});
