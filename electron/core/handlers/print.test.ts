import { describe, expect, it, vi } from 'vitest';
import type { Services } from '../types';
import { printHandlers } from './print';

const ctx = { transport: 'web' } as const;
const input = { output: 'pdf', day: '2026-12-01' } as const;

describe('print:daySheet', () => {
  it('answers unsupported where there is no printer, so the browser prints', async () => {
    const handlers = printHandlers({ printDaySheet: undefined } as unknown as Services);
    await expect(handlers['print:daySheet'](input, ctx)).resolves.toEqual({
      outcome: 'unsupported',
    });
  });

  it("hands the request to the app's printer and says how it ended", async () => {
    const printDaySheet = vi.fn(() => Promise.resolve('cancelled' as const));
    const handlers = printHandlers({ printDaySheet } as unknown as Services);
    await expect(handlers['print:daySheet'](input, ctx)).resolves.toEqual({
      outcome: 'cancelled',
    });
    expect(printDaySheet).toHaveBeenCalledWith(input);
  });
});
