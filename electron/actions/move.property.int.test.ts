import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FaultKind } from '../../simulators/kit/faults';
import {
  addDocfavAppointment,
  clearLucia,
  docfavAppointmentId,
  liveAppointmentsOfPatient,
  LUCIA,
  NOW,
  startHarness,
  WEEK,
  type Harness,
} from '../testing/harness';
import { AppError } from '../../shared/errors';
import { translator } from '../../shared/i18n/translate';
import { actionErrorText } from '../../renderer/components/actions/actionErrorText';

// A Docfav move (check, book, cancel, and the clean-up) with failures injected at every step, in
// randomised sequences: the patient ends up booked exactly once, and the calendar shows what
// Docfav has. Up to four failures hit any one step: within that budget the move's own patience
// (repeating only what is safe to repeat) must settle every case.

const OLD = '2026-11-26T09:00:00+01:00';
const TARGETS = ['2026-11-26T11:00:00Z', '2026-11-26T14:30:00Z', '2026-11-27T09:00:00Z'];

const STEPS = {
  check: { method: 'GET', path: '/backofficeclinics/*/calendars/*/check-availability' },
  create: { method: 'POST', path: '/backofficeclinics/*/appointments' },
  cancel: { method: 'PUT', path: '/backofficeclinics/*/appointments/*/behaviour' },
  remove: { method: 'DELETE', path: '/backofficeclinics/*/appointments/*' },
  read: { method: 'GET', path: '/backofficeclinics/*/availability' },
} as const;
type Step = keyof typeof STEPS;

// 'applied-timeout': the server acts, then its answer never arrives (the client times out).
type Fault = FaultKind | 'applied-timeout';
const FAULTS: Fault[] = ['429', '500', 'hang', 'drop', 'malformed-json', 'applied-timeout'];

const plan = fc.record({
  target: fc.constantFrom(...TARGETS),
  force: fc.boolean(),
  faults: fc.array(
    fc.record({
      step: fc.constantFrom<Step>('check', 'create', 'cancel', 'remove', 'read'),
      kind: fc.constantFrom(...FAULTS),
      times: fc.integer({ min: 1, max: 2 }),
    }),
    { maxLength: 2 },
  ),
});

let h: Harness;
const tally = { runs: 0, moved: 0, pending: 0, refused: 0, conflicts: 0, faults: 0 };

beforeAll(async () => {
  // Hundreds of moves under a frozen clock would spend a real hourly budget.
  h = await startHarness({ timeoutMs: 1_000, rateLimitPerHour: 1_000_000 });
});
afterAll(async () => {
  await h.close();
  console.log(
    `docfav move property: ${tally.runs} sequences, ${tally.faults} faults injected, ${tally.moved} moved, ${tally.pending} pending then settled, ${tally.refused} refused with a message, ${tally.conflicts} conflicts`,
  );
});

describe('Docfav move under injected failures', () => {
  it('always ends with exactly one live appointment, and the calendar matches Docfav', async () => {
    await fc.assert(
      fc.asyncProperty(plan, async ({ target, force, faults }) => {
        tally.runs += 1;
        h.docfav.faults.clear();
        clearLucia(h);
        const old = addDocfavAppointment(h, OLD);
        await h.engine.refresh(WEEK);

        for (const fault of faults) {
          tally.faults += fault.times;
          const { method, path } = STEPS[fault.step];
          if (fault.kind === 'applied-timeout') {
            h.tap.holdAnswer(method, new RegExp(path.replaceAll('*', '[^/]+') + '$'), fault.times);
          } else {
            h.docfav.faults.add({
              method,
              path,
              kind: fault.kind,
              times: fault.times,
              retryAfterSeconds: 0,
            });
          }
        }

        const end = new Date(Date.parse(target) + 30 * 60_000).toISOString();
        try {
          const result = await h.actions.move({
            eventId: docfavAppointmentId(old.id),
            start: target,
            end,
            notifyPatient: false,
            force,
          });
          if (result.status === 'moved') tally.moved += 1;
          else if (result.status === 'pending') tally.pending += 1;
          else tally.conflicts += 1;
        } catch (err) {
          // A failure is fine only when the desk can be told what happened, in its language.
          expect(err).toBeInstanceOf(AppError);
          expect(actionErrorText(err, translator('de'))).not.toMatch(/\{|connect\.error/);
          tally.refused += 1;
        }

        h.docfav.faults.clear();
        h.tap.clear();
        // Whatever the move left open, the write journal settles: later, with Docfav back.
        for (let pass = 1; pass <= 12 && h.journal.list().length > 0; pass++) {
          h.setNow(new Date(NOW.getTime() + pass * 5 * 60_000));
          await h.moves.run();
        }
        expect(h.journal.list()).toEqual([]);
        h.setNow(NOW);
        const live = liveAppointmentsOfPatient(h);
        expect(live).toHaveLength(1);

        // The calendar, once synced, shows exactly what Docfav has.
        const shown = (await h.engine.refresh(WEEK)).events.filter(
          (e) =>
            e.kind === 'docfav-appointment' && e.calendarId === LUCIA && e.status !== 'cancelled',
        );
        const seen = shown.map((e) => [e.vendorId, e.start]);
        expect(seen).toEqual(live.map((a) => [a.id, a.from.toISOString().replace('.000Z', 'Z')]));
      }),
      { numRuns: 80 },
    );
  }, 300_000);
});
