import { measure } from './measure';

/**
 * What every peers page offers the runner: it mounts on demand (so that the timing starts at
 * the mount, not at page load) and switches to another week. The data is built at page load.
 */
export interface Peer {
  /** Matches one element per drawn event, and nothing else (no mirrors, no backgrounds). */
  selector: string;
  mount(root: HTMLElement): void;
  /** Shows week `week` of bench/peers/week.ts, with its events. */
  show(week: number): void;
}

declare global {
  interface Window {
    peer?: Peer;
    /** The runner's probe, bundled into the page: a function Playwright serialises could be
     * rewritten by the runner's transpiler (tsx names functions with a helper the page lacks). */
    measurePeer?: typeof measure;
  }
}

export function register(peer: Peer): void {
  window.peer = peer;
  window.measurePeer = measure;
}
