import { z } from 'zod';

/**
 * Where a vendor client may send a password or an API key: `https:` anywhere, plain `http:` only
 * to this computer (the simulators and the demo run on loopback). Anything else (`file:`, or
 * `http:` to another host, which would send the secret in clear) is refused.
 */

export type BaseUrlReason = 'base-url-invalid' | 'base-url-insecure';

export const BASE_URL_MAX = 500;

/** The URL parser has already normalised the host (127.1, 0x7f.1 and ::0:1 are spelled out). */
export function isLoopbackHost(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}

export function baseUrlProblem(text: string): BaseUrlReason | null {
  if (text.length > BASE_URL_MAX) return 'base-url-invalid';
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'base-url-invalid';
  }
  // Paths are appended to the base: a query or fragment would swallow them, and credentials in
  // the address would reach logs and proxies.
  if (url.search || url.hash || url.username || url.password) return 'base-url-invalid';
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:') return isLoopbackHost(url.hostname) ? null : 'base-url-insecure';
  return 'base-url-invalid';
}

export function isAllowedBaseUrl(text: string): boolean {
  return baseUrlProblem(text) === null;
}

const MESSAGES: Record<BaseUrlReason, string> = {
  'base-url-invalid': 'expected an https:// address',
  'base-url-insecure': 'http:// is allowed only to this computer',
};

export const BaseUrl = z.string().superRefine((text, ctx) => {
  const reason = baseUrlProblem(text);
  if (reason) ctx.addIssue({ code: 'custom', message: MESSAGES[reason], params: { reason } });
});
