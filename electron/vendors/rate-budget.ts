/**
 * What is left of a vendor's request budget, read from the X-RateLimit-* headers of every answer,
 * so the poller can slow down before the vendor starts refusing with 429.
 */

export interface RateBudgetSnapshot {
  limit: number | null;
  remaining: number | null;
  /** When the window resets, as epoch milliseconds. */
  resetAt: number | null;
  /** When the headers were last seen, as epoch milliseconds. */
  observedAt: number | null;
}

export interface PollPacing {
  /** Never poll more often than this. */
  floorMs?: number;
  /** Share of the limit kept back for what the receptionist does by hand (confirm, cancel …). */
  reserveFraction?: number;
}

const DEFAULT_FLOOR_MS = 15_000;
const DEFAULT_RESERVE = 0.1;

function readNumber(headers: Headers, name: string): number | undefined {
  const raw = headers.get(name);
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) ? n : undefined;
}

export class RateBudget {
  private limit: number | null = null;
  private remaining: number | null = null;
  private resetAt: number | null = null;
  private observedAt: number | null = null;

  constructor(private readonly now: () => number = () => Date.now()) {}

  /** Reads the budget headers of one answer; answers without them change nothing. */
  observe(headers: Headers): void {
    const limit = readNumber(headers, 'X-RateLimit-Limit');
    const remaining = readNumber(headers, 'X-RateLimit-Remaining');
    const reset = readNumber(headers, 'X-RateLimit-Reset');
    if (limit === undefined && remaining === undefined && reset === undefined) return;
    const now = this.now();
    if (limit !== undefined) this.limit = limit;
    if (remaining !== undefined) this.remaining = Math.max(0, remaining);
    if (reset !== undefined) this.resetAt = resetToEpochMs(reset, now);
    this.observedAt = now;
  }

  /** After a 429: nothing is left until the vendor says we may come back. */
  exhausted(retryAfterMs: number | undefined): void {
    const now = this.now();
    this.remaining = 0;
    if (retryAfterMs !== undefined) this.resetAt = Math.max(this.resetAt ?? 0, now + retryAfterMs);
    this.observedAt = now;
  }

  snapshot(): RateBudgetSnapshot {
    return {
      limit: this.limit,
      remaining: this.remaining,
      resetAt: this.resetAt,
      observedAt: this.observedAt,
    };
  }

  /**
   * How long to wait between polls that each cost `requestsPerPoll` requests, so the remaining
   * budget (minus a reserve) lasts until the window resets. Unknown budget: the floor.
   */
  suggestedPollIntervalMs(requestsPerPoll: number, pacing: PollPacing = {}): number {
    const floor = pacing.floorMs ?? DEFAULT_FLOOR_MS;
    if (this.remaining === null || this.resetAt === null) return floor;
    const untilReset = this.resetAt - this.now();
    // The window has rolled over since we last looked: the budget is fresh again.
    if (untilReset <= 0) return floor;
    const reserve = Math.ceil((this.limit ?? 0) * (pacing.reserveFraction ?? DEFAULT_RESERVE));
    const polls = Math.floor((this.remaining - reserve) / Math.max(1, requestsPerPoll));
    if (polls < 1) return Math.max(floor, untilReset + 1_000);
    return Math.max(floor, Math.ceil(untilReset / polls));
  }
}

// The spec says "Unix timestamp"; be forgiving of milliseconds and of delta seconds too.
function resetToEpochMs(value: number, now: number): number {
  if (value > 1e12) return value;
  if (value > 1e9) return value * 1000;
  return now + value * 1000;
}
