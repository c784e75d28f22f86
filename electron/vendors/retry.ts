/** When and how long to wait before trying a request again. */
export interface RetryPolicy {
  /** Extra attempts after the first, for GETs. */
  retries: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /**
   * The longest Retry-After we are willing to sit through inside one request. A longer one (an
   * hourly budget used up) is surfaced as `rate-limited` so the caller slows its polling instead.
   */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY: RetryPolicy = {
  retries: 3,
  baseDelayMs: 300,
  maxDelayMs: 8_000,
  maxRetryAfterMs: 8_000,
};

/**
 * Exponential backoff with full jitter: a random wait between 0 and min(cap, base·2^(n−1)), so
 * many clients recovering from the same outage do not hit the vendor in lockstep.
 */
export function backoffDelayMs(retryNumber: number, policy: RetryPolicy, random: () => number) {
  const ceiling = Math.min(
    policy.maxDelayMs,
    policy.baseDelayMs * 2 ** Math.max(0, retryNumber - 1),
  );
  return Math.floor(random() * ceiling);
}

/** Retry-After as milliseconds from `now`: delta seconds or an HTTP date; undefined if unreadable. */
export function parseRetryAfterMs(value: string | null, now: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (text === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.round(Number(text) * 1000);
  const date = Date.parse(text);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
