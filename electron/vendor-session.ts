import type { FromPartitionOptions, Session } from 'electron';

/**
 * No `persist:` prefix: Electron keeps this partition in memory only. Vendor answers are health
 * data, and the default session would write them to `<userData>/Cache` and keep their cookies.
 */
export const VENDOR_PARTITION = 'vendors';

/**
 * The fetch the vendor clients use: Chromium's network stack (the practice's proxy and
 * certificates apply) in a session of its own with no HTTP cache, and no cookies sent or kept.
 * Call after `ready`: sessions exist only from then on.
 */
export function createVendorFetch(
  fromPartition: (partition: string, options?: FromPartitionOptions) => Session,
): typeof fetch {
  const vendors = fromPartition(VENDOR_PARTITION, { cache: false });
  return (input, init) => {
    // Node's RequestInit type has no `cache`, but Electron's session.fetch honours it; a variable
    // (not a literal) keeps the field past the excess-property check.
    const options = { ...init, credentials: 'omit' as const, cache: 'no-store' as const };
    return vendors.fetch(input instanceof URL ? input.href : input, options);
  };
}
