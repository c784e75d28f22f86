/**
 * Which palette slot each calendar has, remembered in the browser's storage (calendar keys and
 * numbers only). A calendar keeps its slot for good, so its colour never changes because another
 * account is slow, missing or added. A new calendar takes the slot its key hashes to, or the next
 * free one; only when every slot is taken does it reuse the slot of the calendar not on screen for
 * the longest time.
 */

export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem'>;

const STORAGE_KEY = 'frontdesk.calendarColours';
/** More than any practice has; past it, the calendars not seen for longest are forgotten. */
const MAX_REMEMBERED = 60;

interface Entry {
  slot: number;
  /** When the calendar was last on screen as a new one arrived; the least recent is reused first. */
  seen: number;
}

export interface ColourBook {
  slotsFor(calendarKeys: string[]): Map<string, number>;
}

export function createColourBook(size: number, storage: KeyValueStorage | null): ColourBook {
  let entries: Map<string, Entry> | null = null;
  const load = (): Map<string, Entry> => {
    if (entries) return entries;
    entries = new Map();
    try {
      const saved: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}');
      if (saved && typeof saved === 'object') {
        for (const [key, value] of Object.entries(saved)) {
          if (!Array.isArray(value)) continue;
          const [slot, seen] = value as unknown[];
          if (Number.isInteger(slot) && Number(slot) >= 0 && Number(slot) < size) {
            entries.set(key, {
              slot: Number(slot),
              seen: Number.isFinite(seen) ? Number(seen) : 0,
            });
          }
        }
      }
    } catch {
      // Unreadable: start afresh; colours are a convenience, not data.
    }
    return entries;
  };

  const save = (book: Map<string, Entry>) => {
    try {
      const plain = Object.fromEntries([...book].map(([key, e]) => [key, [e.slot, e.seen]]));
      storage?.setItem(STORAGE_KEY, JSON.stringify(plain));
    } catch {
      // Storage full or refused: the colours still hold for this session.
    }
  };

  return {
    slotsFor(calendarKeys) {
      const book = load();
      // Sorted, so that calendars met together get the same slots whatever order they came in.
      const present = [...new Set(calendarKeys)].sort();
      const fresh = present.filter((key) => !book.has(key));
      if (fresh.length > 0) {
        const now = Math.max(0, ...[...book.values()].map((e) => e.seen)) + 1;
        for (const key of present) {
          const entry = book.get(key);
          if (entry) entry.seen = now;
        }
        for (const key of fresh) book.set(key, { slot: freeSlot(book, key, size, now), seen: now });
        forgetOldest(book);
        save(book);
      }
      return new Map(present.map((key) => [key, book.get(key)?.slot ?? 0]));
    },
  };
}

function freeSlot(book: Map<string, Entry>, key: string, size: number, now: number): number {
  const preferred = hash(key) % size;
  const taken = new Set([...book.values()].map((e) => e.slot));
  for (let i = 0; i < size; i++) {
    const slot = (preferred + i) % size;
    if (!taken.has(slot)) return slot;
  }
  // Every slot taken: reuse the one of the calendar absent for longest, if any is absent.
  let oldest: [string, Entry] | undefined;
  for (const item of book) {
    if (item[1].seen < now && (!oldest || item[1].seen < oldest[1].seen)) oldest = item;
  }
  if (!oldest) return preferred;
  book.delete(oldest[0]);
  return oldest[1].slot;
}

function forgetOldest(book: Map<string, Entry>): void {
  const byAge = [...book].sort((a, b) => a[1].seen - b[1].seen);
  for (const [key] of byAge.slice(0, Math.max(0, book.size - MAX_REMEMBERED))) book.delete(key);
}

/** FNV-1a: a stable, well-spread number from a calendar key. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The browser's storage, or none (tests in Node, or storage disabled). */
export function browserStorage(): KeyValueStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}
