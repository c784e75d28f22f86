import type { IpcResult } from '../../../shared/contract';

/** The JSON lines between the chaos driver and a desk process. */

/** Request header naming the desk that sent a platform request. */
export const DESK_HEADER = 'x-chaos-desk';

export interface DeskRequest {
  id: number;
  channel: string;
  input: unknown;
}

export type DeskReply =
  { type: 'ready'; pid: number } | { type: 'reply'; id: number; result: IpcResult };
