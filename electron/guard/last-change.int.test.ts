import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatInstant } from '../../shared/time';
import { NOW, expectedBusy, mirrorsIn, startHarness, type Harness } from '../testing/harness';

// What the status line counts: the mirrors the guard wrote, even after a quiet run.

let sims: Harness;

beforeEach(async () => {
  sims = await startHarness({ luciaOnDoctena: true });
});
afterEach(async () => {
  await sims.close();
});

describe('guard status counts', () => {
  it('keeps the last run that wrote, so the quiet run after it does not read "0 added"', async () => {
    const pc = sims.pc();
    const first = await pc.guard.run();
    const written = mirrorsIn(sims).length;
    expect(written).toBe(expectedBusy(sims, 2).length);
    expect(first.lastChange).toEqual({
      at: formatInstant(NOW),
      created: written,
      updated: 0,
      deleted: 0,
    });

    // The sync after those writes starts another run, which finds nothing left to do.
    const second = await pc.guard.run();
    expect(second).toMatchObject({ created: 0, updated: 0, deleted: 0 });
    expect(second.lastChange?.created).toBe(written);
    expect(pc.guard.status().lastChange?.created).toBe(written);
  });

  it('has no last change before the guard wrote anything', async () => {
    const pc = sims.pc();
    expect(pc.guard.status().lastChange).toBeNull();
  });
});
