/**
 * What the driver asked for, so the end state can be judged: for each record, every state it may
 * legitimately be in. A write that succeeded narrows that to its result; one that failed, timed
 * out or was cut short by a kill adds its result to what was possible before (it may or may not
 * have landed).
 */

export const ABSENT = 'absent';
export const span = (start: number, end: number) => `${start}/${end}`;

export interface BlockingEntry {
  title: string;
  /** Doctena's id, once the blocking has been seen on the platform. */
  id: string | null;
  states: Set<string>;
}

export class Ledger {
  /** Docfav client id → starts its live appointment may have (the original and every target). */
  readonly docfav = new Map<string, Set<number>>();
  /** Doctena booking id → spans it may have, and whether a cancel was ever asked for. */
  readonly bookings = new Map<string, { spans: Set<string>; cancelAsked: boolean }>();
  /** Person-made blockings by their (unique, never changed) title. */
  readonly blockings = new Map<string, BlockingEntry>();
  /** What happened to each Docfav client's appointment, round by round, to explain a failure. */
  readonly history = new Map<string, string[]>();
  private blockingCount = 0;

  note(client: string, line: string): void {
    const lines = this.history.get(client) ?? [];
    lines.push(line);
    this.history.set(client, lines);
  }

  docfavTarget(client: string, start: number): void {
    const starts = this.docfav.get(client) ?? new Set<number>();
    starts.add(start);
    this.docfav.set(client, starts);
  }

  booking(id: string, initial: string): { spans: Set<string>; cancelAsked: boolean } {
    let entry = this.bookings.get(id);
    if (!entry) {
      entry = { spans: new Set([initial]), cancelAsked: false };
      this.bookings.set(id, entry);
    }
    return entry;
  }

  newBlocking(): BlockingEntry {
    this.blockingCount += 1;
    const entry: BlockingEntry = {
      title: `Chaos pause ${this.blockingCount}`,
      id: null,
      states: new Set([ABSENT]),
    };
    this.blockings.set(entry.title, entry);
    return entry;
  }
}

/** Records a write's possible result: only it after a success, one more possibility otherwise. */
export function settle(states: Set<string>, result: string, succeeded: boolean): void {
  if (succeeded) states.clear();
  states.add(result);
}
