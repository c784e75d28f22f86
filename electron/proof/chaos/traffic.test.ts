import { afterEach, describe, expect, it } from 'vitest';
import {
  DOCFAV_BASE_PATH,
  DOCFAV_DEMO_API_KEY,
  DOCFAV_DEMO_IDS,
  startDocfavSimulator,
  type DocfavSimulator,
} from '../../../simulators/docfav';
import { startDoctenaSimulator, type DoctenaSimulator } from '../../../simulators/doctena';
import { DESK_HEADER } from './protocol';
import { Traffic } from './traffic';

/** The chaos suite's view of the platforms: write counts, late answers and kills on a write. */

let sims: [DoctenaSimulator, DocfavSimulator] | undefined;
afterEach(async () => {
  await Promise.all(sims?.map((s) => s.close()) ?? []);
  sims = undefined;
});

async function start() {
  sims = [await startDoctenaSimulator(), await startDocfavSimulator()];
  return { doctena: sims[0], docfav: sims[1], traffic: new Traffic(sims) };
}

/** A Docfav booking as a desk sends it, a month ahead, forced so no slot rule gets in the way. */
function book(docfav: DocfavSimulator, desk: string): Promise<Response> {
  const from = new Date(Date.now() + 30 * 86_400_000);
  const clinic = DOCFAV_DEMO_IDS.clinic;
  return fetch(`${docfav.url}${DOCFAV_BASE_PATH}/backofficeclinics/${clinic}/appointments`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'x-api-key': DOCFAV_DEMO_API_KEY,
      [DESK_HEADER]: desk,
    },
    body: JSON.stringify({
      appointments: [
        {
          service: DOCFAV_DEMO_IDS.services.consulta,
          back_office_staff_calendar: DOCFAV_DEMO_IDS.staffCalendars.lucia,
          from: from.toISOString(),
          to: new Date(from.getTime() + 30 * 60_000).toISOString(),
        },
      ],
      force: true,
    }),
  });
}

describe('chaos traffic', () => {
  it('kills a desk after Docfav booked and before the answer leaves, once, that desk only', async () => {
    const { docfav, traffic } = await start();
    const before = docfav.store.appointments.size;
    const heldAtKill: number[] = [];
    traffic.arm('desk-2', 'book', async () => {
      heldAtKill.push(docfav.store.appointments.size);
    });

    expect((await book(docfav, 'desk-1')).status).toBeLessThan(300);
    expect(heldAtKill).toEqual([]);
    expect((await book(docfav, 'desk-2')).status).toBeLessThan(300);
    expect((await book(docfav, 'desk-2')).status).toBeLessThan(300);

    // The kill ran with the second booking already stored, and only for the first of desk-2's.
    expect(heldAtKill).toEqual([before + 2]);
    expect(traffic.killed).toEqual([{ desk: 'desk-2', point: 'book' }]);
    expect(traffic.writes).toBe(3);
  });

  it('knows a late answer is still held, and counts it once it lands', async () => {
    const { docfav, traffic } = await start();
    docfav.faults.add({
      method: 'POST',
      path: '/backofficeclinics/*/appointments',
      kind: 'delay',
      delayMs: 1_000,
      times: 1,
    });
    const answer = book(docfav, 'desk-1');
    await expect.poll(() => traffic.holding(), { interval: 10 }).toBe(true);
    expect((await answer).status).toBeLessThan(300);
    expect(traffic.holding()).toBe(false);
    expect(traffic.lateWrites).toBe(1);
    expect(traffic.faults.delay).toBe(1);
  });
});
