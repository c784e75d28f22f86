import type { GuardOptions } from '../guard/guard';
import { systemClock, type Clock } from '../vendors/clock';

/**
 * Time the test steps itself, so nothing waits on the wall clock: client timeouts that fire when
 * the test says, the guard's debounce timer, and random numbers a failing run can replay.
 */

/**
 * A clock for the HTTP layer whose timeouts never fire by themselves: the test fires them when a
 * request it holds is the only one in flight, so a "hung" request times out at a known moment
 * however busy the machine is, and nothing else ever does.
 */
export interface TimeoutSwitch extends Clock {
  pending(): number;
  /** Fires every timeout pending now; returns how many. */
  fire(): number;
}

export function timeoutSwitch(): TimeoutSwitch {
  const pending = new Set<() => void>();
  return {
    now: systemClock.now,
    sleep: systemClock.sleep,
    setTimer: (fn) => {
      const entry = () => {
        pending.delete(entry);
        fn();
      };
      pending.add(entry);
      return () => pending.delete(entry);
    },
    pending: () => pending.size,
    fire: () => {
      const due = [...pending];
      for (const entry of due) entry();
      return due.length;
    },
  };
}

/** The guard's debounce timer, stepped by the test instead of by time. */
export interface ManualSchedule {
  schedule: NonNullable<GuardOptions['schedule']>;
  pending(): number;
  /** Runs what is due, as the timer would have. */
  fire(): void;
}

export function manualSchedule(): ManualSchedule {
  const due = new Set<() => void>();
  return {
    schedule: (run) => {
      const entry = () => {
        due.delete(entry);
        run();
      };
      due.add(entry);
      return () => due.delete(entry);
    },
    pending: () => due.size,
    fire: () => {
      for (const entry of [...due]) entry();
    },
  };
}

/** Deterministic pseudo-random numbers in [0, 1), so a failing round can be replayed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
