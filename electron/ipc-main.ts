import type { IpcMain, IpcMainInvokeEvent, WebContents, WebFrameMain } from 'electron';
import { channelNames, EVENT_CHANNEL_PREFIX, type EventName } from '../shared/contract';
import { AppError } from '../shared/errors';
import type { Dispatch } from './core/dispatch';
import type { Logger } from './log';
import { isAppUrl } from './security';

/**
 * Only our own top-level renderer frame may call: not an iframe, not a page that somehow
 * navigated elsewhere, not another window.
 */
export function isTrustedSender(frame: WebFrameMain | null, allowed: () => WebContents | null) {
  if (!frame) return false;
  const contents = allowed();
  if (!contents || contents.isDestroyed()) return false;
  return frame === contents.mainFrame && frame.parent === null && isAppUrl(frame.url);
}

export function registerIpc(
  ipcMain: IpcMain,
  dispatch: Dispatch,
  trustedContents: () => WebContents | null,
  logger: Logger,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, async (event: IpcMainInvokeEvent, input: unknown) => {
      if (!isTrustedSender(event.senderFrame, trustedContents)) {
        logger.warn('ipc: call from an untrusted frame refused', { channel });
        return {
          ok: false,
          error: new AppError('forbidden-sender').toPayload(),
        };
      }
      return dispatch(channel, input, { transport: 'electron' });
    });
  }
}

/** Push channel for the Services: validated payloads go to the main window only. */
export function createPush(target: () => WebContents | null) {
  return (event: EventName, payload: unknown) => {
    const contents = target();
    if (contents && !contents.isDestroyed()) contents.send(EVENT_CHANNEL_PREFIX + event, payload);
  };
}
