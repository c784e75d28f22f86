import type { DocfavSimulator } from '../../../simulators/docfav';
import type { DoctenaSimulator } from '../../../simulators/doctena';
import { FAULT_KINDS, type FaultKind } from '../../../simulators/kit/faults';
import type { SimExchange } from '../../../simulators/kit/server';
import { DESK_HEADER } from './protocol';

/** Where a desk is killed: right after Docfav booked the new appointment, or cancelled the old. */
export type KillPoint = 'book' | 'cancel';

const BOOK = /^\/backofficeclinics\/[^/]+\/appointments$/;
const BEHAVIOUR = /^\/backofficeclinics\/[^/]+\/appointments\/[^/]+\/behaviour$/;

export function isDocfavWrite(x: Pick<SimExchange, 'method' | 'pathname'>): boolean {
  return (
    (x.method === 'POST' && BOOK.test(x.pathname)) ||
    (x.method === 'PUT' && BEHAVIOUR.test(x.pathname))
  );
}

function matches(point: KillPoint, x: SimExchange): boolean {
  if (x.status === null || x.status >= 300) return false;
  if (point === 'book') return x.method === 'POST' && BOOK.test(x.pathname);
  const body = x.body as { behaviour?: unknown } | null | undefined;
  return x.method === 'PUT' && BEHAVIOUR.test(x.pathname) && body?.behaviour === 'cancelled';
}

interface Armed {
  desk: string;
  point: KillPoint;
  kill: () => Promise<void>;
}

/**
 * Watches every request both platforms handle: counts writes (the guard's "a further run writes
 * nothing" is measured here) and faults served, and carries out armed kills. A kill happens after
 * the platform applied the write and before its answer leaves, so the desk dies between "book
 * new" and "cancel old" without ever hearing the new booking's id.
 */
export class Traffic {
  writes = 0;
  /** The last writes (desk, method, path template-ish), to say who kept writing when it never settles. */
  readonly recent: string[] = [];
  readonly faults = Object.fromEntries(FAULT_KINDS.map((k) => [k, 0])) as Record<FaultKind, number>;
  /** Writes answered after the client had given up on them. */
  lateWrites = 0;
  /** Delayed requests answered so far (a simulator counts those it took). */
  private delayedDone = 0;
  private armed: Armed[] = [];
  readonly killed: { desk: string; point: KillPoint }[] = [];
  private readonly stops: (() => void)[];

  constructor(private readonly sims: readonly (DoctenaSimulator | DocfavSimulator)[]) {
    this.stops = sims.map((sim) => sim.observe((x) => this.see(x)));
  }

  /** Kills `desk` the next time it reaches `point` (once). */
  arm(desk: string, point: KillPoint, kill: () => Promise<void>): void {
    this.armed.push({ desk, point, kill });
  }

  disarm(): void {
    this.armed = [];
  }

  /** True while a simulator still holds a delayed request (a late answer yet to land). */
  holding(): boolean {
    const taken = this.sims.reduce((n, sim) => n + sim.faults.served.delay, 0);
    return taken > this.delayedDone;
  }

  stop(): void {
    for (const stop of this.stops) stop();
  }

  private async see(x: SimExchange): Promise<void> {
    if (x.fault) this.faults[x.fault] += 1;
    if (x.fault === 'delay') {
      this.delayedDone += 1;
      if (isDocfavWrite(x)) this.lateWrites += 1;
    }
    const desk = x.headers[DESK_HEADER];
    if (x.method !== 'GET' && x.method !== 'HEAD') {
      this.writes += 1;
      this.recent.push(`${String(desk)} ${x.method} ${x.pathname} -> ${String(x.status)}`);
      if (this.recent.length > 12) this.recent.shift();
    }
    const index = this.armed.findIndex((a) => a.desk === desk && matches(a.point, x));
    const armed = this.armed[index];
    if (!armed) return;
    this.armed.splice(index, 1);
    this.killed.push({ desk: armed.desk, point: armed.point });
    await armed.kill();
  }
}
