import { isAllowedBaseUrl } from '../../../shared/base-url';
import type { AccountSummary } from '../../../shared/contract';

export type Vendor = AccountSummary['vendor'];

/** Brand names: the same in every language, so they are not in the catalogues. */
export const vendorName: Record<Vendor, string> = { doctena: 'Doctena', docfav: 'Docfav' };

/**
 * The platforms' real API addresses, prefilled under "Advanced". The main process uses the same
 * defaults (electron/accounts/managed.ts) when none is sent; the renderer may not import from it.
 */
export const defaultBaseUrl: Record<Vendor, string> = {
  doctena: 'https://www.doxter.de/api/v2',
  docfav: 'https://www.docfav.com/api-connector/v1',
};

/** The main process's own rule: https://, or http:// to this computer only. */
export function isHttpUrl(text: string): boolean {
  return isAllowedBaseUrl(text);
}
