import { createApi } from '../../shared/api';
import type { IpcResult } from '../../shared/contract';

/**
 * The web bridge's stand-in for the preload: it builds `window.api` with the same createApi, over
 * HTTP for calls and a server-sent event stream for pushes. The token comes from the URL fragment
 * (never sent to the server in a URL) and is kept in sessionStorage so a reload still works.
 */

const TOKEN_KEY = 'frontdesk-bridge-token';
const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
if (fromHash) {
  sessionStorage.setItem(TOKEN_KEY, fromHash);
  history.replaceState(null, '', location.pathname + location.search);
}
const token = sessionStorage.getItem(TOKEN_KEY) ?? '';
const auth = { Authorization: `Bearer ${token}` };

type Listener = (payload: unknown) => void;
const listeners = new Map<string, Set<Listener>>();
let streaming = false;

async function stream(): Promise<void> {
  for (;;) {
    try {
      const res = await fetch('/__bridge/events', { headers: auth });
      if (!res.ok || !res.body) throw new Error('event stream refused');
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += value;
        let end: number;
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (!event || data === undefined) continue;
          const payload: unknown = JSON.parse(data);
          listeners.get(event)?.forEach((listener) => listener(payload));
        }
      }
    } catch {
      // The bridge restarted or the network blipped: reconnect after a pause, like EventSource.
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

const api = createApi({
  async invoke(channel, input) {
    try {
      const res = await fetch(`/__bridge/ipc/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { ...auth, 'Content-Type': 'application/json' },
        body: JSON.stringify(input ?? null),
      });
      return (await res.json()) as IpcResult;
    } catch {
      return {
        ok: false,
        error: { code: 'network', details: { reason: 'bridge-lost' } },
      };
    }
  },
  subscribe(event, listener) {
    const set = listeners.get(event) ?? new Set<Listener>();
    set.add(listener);
    listeners.set(event, set);
    if (!streaming) {
      streaming = true;
      void stream();
    }
    return () => {
      set.delete(listener);
    };
  },
});

Object.defineProperty(window, 'api', { value: api, writable: false, configurable: false });
