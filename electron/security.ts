/**
 * Security policy shared by the Electron app and the web bridge, so both serve the renderer under
 * the same rules. See the README's "Security" section for the checklist this implements.
 */

/** The renderer's origin in the app. A custom scheme, not file://, so origins are meaningful. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'frontdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

/**
 * No remote content at all: scripts, styles, fonts, images and connections stay on our origin.
 * 'unsafe-inline' styles only, because FullCalendar and React set style attributes at run time;
 * scripts stay strictly 'self'.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // FullCalendar embeds its small icon font as a data: URI.
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');

/** Links the renderer may hand to the operating system: click-to-call and e-mail, nothing else. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'tel:' || parsed.protocol === 'mailto:';
  } catch {
    return false;
  }
}

/** True when a URL belongs to the packaged renderer. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST;
  } catch {
    return false;
  }
}
