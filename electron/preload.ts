import { contextBridge, ipcRenderer } from 'electron';
import { createApi } from '../shared/api';
import { EVENT_CHANNEL_PREFIX, type IpcResult } from '../shared/contract';

// The renderer gets `window.api` and nothing else: no ipcRenderer, no Node, no Electron objects.
// createApi refuses channels and events that are not in the contract before anything is sent.
contextBridge.exposeInMainWorld(
  'api',
  createApi({
    invoke: (channel, input) => ipcRenderer.invoke(channel, input) as Promise<IpcResult>,
    subscribe: (event, listener) => {
      const channel = EVENT_CHANNEL_PREFIX + event;
      const wrapped = (_event: Electron.IpcRendererEvent, payload: unknown) => listener(payload);
      ipcRenderer.on(channel, wrapped);
      return () => {
        ipcRenderer.removeListener(channel, wrapped);
      };
    },
  }),
);
