import { useMutation } from '@tanstack/react-query';
import type { ChannelInput, ChannelOutput } from '../../shared/contract';
import { client } from './client';

export type PrintOutcome = ChannelOutput<'print:daySheet'>['outcome'];

/**
 * Sends the laid-out day sheet to Electron's print or PDF. `unsupported` (the web bridge): the
 * caller prints with the browser instead.
 */
export function usePrintDaySheet() {
  return useMutation({
    mutationFn: async (input: ChannelInput<'print:daySheet'>): Promise<PrintOutcome> =>
      (await client['print:daySheet'](input)).outcome,
  });
}
