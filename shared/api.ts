import {
  isChannel,
  isEventName,
  type Channel,
  type EventName,
  type FrontdeskApi,
  type IpcResult,
} from './contract';

/**
 * Builds `window.api` from a transport. The preload (Electron IPC) and the web bridge's shim
 * (HTTP + SSE) both call this, so the renderer sees the same object whichever runs underneath.
 */
export interface Transport {
  invoke(channel: Channel, input: unknown): Promise<IpcResult>;
  subscribe(event: EventName, listener: (payload: unknown) => void): () => void;
}

export function createApi(transport: Transport): FrontdeskApi {
  const api = {
    invoke(channel: unknown, input: unknown): Promise<IpcResult> {
      if (!isChannel(channel)) {
        return Promise.resolve({
          ok: false,
          error: { code: 'unknown-channel', message: 'This action is not available.' },
        });
      }
      return transport.invoke(channel, input);
    },
    on(event: unknown, listener: unknown): () => void {
      if (!isEventName(event) || typeof listener !== 'function') {
        throw new TypeError('Unknown event or listener');
      }
      // Only the payload crosses over: never the transport's own event object.
      return transport.subscribe(event, (payload) => (listener as (p: unknown) => void)(payload));
    },
  };
  return Object.freeze(api) as FrontdeskApi;
}
