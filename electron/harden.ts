import type { Session, WebContents } from 'electron';
import type { Logger } from './log';
import { CONTENT_SECURITY_POLICY, isAllowedExternalUrl, isAppUrl } from './security';

/** Denies every permission (camera, notifications prompt, geolocation, …): the app needs none. */
export function hardenSession(session: Session, logger: Logger): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
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

/** No navigation away from the app, no new windows, no <webview>. */
export function hardenContents(
  contents: WebContents,
  openExternal: (url: string) => Promise<void>,
  logger: Logger,
): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) {
      event.preventDefault();
      logger.warn('navigation blocked');
    }
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // tel: and mailto: links open the phone or mail program; everything else is refused.
    if (isAllowedExternalUrl(url)) void openExternal(url);
    else logger.warn('window.open blocked');
    return { action: 'deny' };
  });
}
