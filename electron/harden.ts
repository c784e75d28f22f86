import type { Session, WebContents } from 'electron';
import type { Logger } from './log';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl } from './security';

/**
 * Denies every permission (camera, notifications prompt, geolocation, …) but one: Chromium asks
 * `openExternal` before it hands a tel: or mailto: link to the operating system, and that is
 * granted for exactly those schemes (the same allow-list as window.open and navigation).
 */
export function hardenSession(session: Session, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const external = 'externalURL' in details ? details.externalURL : undefined;
    if (permission === 'openExternal' && external !== undefined) {
      callback(isAllowedExternalUrl(external));
      return;
    }
    logger.warn('permission request denied', { permission });
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  // Belt and braces: every response gets our CSP, whatever served it.
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      },
    });
  });
}

/**
 * No navigation away from the app, no new windows, no <webview>. A click on a tel: or mailto:
 * link navigates the main frame: that navigation is cancelled and the link goes to the OS.
 */
export function hardenContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  logger: Logger,
): void {
  contents.on('will-navigate', (event) => {
    if (isAppUrl(event.url)) return;
    event.preventDefault();
    if (isAllowedExternalUrl(event.url)) void openExternal(event.url);
    else logger.warn('navigation blocked');
  });
  contents.on('will-redirect', (event) => {
    if (!isAppUrl(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // tel: and mailto: links open the phone or mail program; everything else is refused.
    if (isAllowedExternalUrl(url)) void openExternal(url);
    else logger.warn('window.open blocked');
    return { action: 'deny' };
  });
}
