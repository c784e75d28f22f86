/**
 * Runs in the page (passed to page.evaluate, so it must be self-contained): mounts the peer or
 * switches it to `week`, and resolves with the time until every one of the week's events is in
 * the DOM *and laid out*, plus a frame. Events under `content-visibility: auto` are laid out too
 * (see below), so work the page defers is counted, not dropped. A different number of event
 * elements than events, an event drawn with no size, or a timeout rejects.
 */
export interface Measured {
  ms: number;
  /** Events inside (or being) a `content-visibility: auto` element, which the probe lays out. */
  deferred: number;
  /** Of `ms`, the probe's own time: the layout the page had not done yet, and its reads. */
  probeMs: number;
}

export async function measure(args: {
  action: 'mount' | 'show';
  week: number;
  expected: number;
  timeoutMs: number;
}): Promise<Measured> {
  const peer = window.peer;
  const root = document.getElementById('root');
  if (!peer || !root) throw new Error('the page registered no peer');
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  // The events' text names the week ("Patient 2-17"), so last week's events never count.
  const marker = `Patient ${args.week}-`;
  const started = performance.now();
  if (args.action === 'mount') peer.mount(root);
  else peer.show(args.week);
  for (;;) {
    await frame();
    if (performance.now() - started > args.timeoutMs) {
      const found = document.querySelectorAll(peer.selector).length;
      throw new Error(`timed out: ${found} of ${args.expected} events after ${args.timeoutMs} ms`);
    }
    const events = [...document.querySelectorAll<HTMLElement>(peer.selector)];
    if (events.length < args.expected) continue;
    if (!events.every((el) => el.textContent?.includes(marker))) continue;
    if (events.length !== args.expected)
      throw new Error(`${events.length} event elements for ${args.expected} events`);
    const probing = performance.now();
    // Content the page defers with `content-visibility: auto` is never laid out off screen; it
    // is switched to `visible` so that one layout pass covers every event, as it would without
    // the deferral. Style reads first, then the writes, then the one layout.
    const deferring = new Set<HTMLElement>();
    const seen = new Set<HTMLElement>();
    let deferred = 0;
    for (const el of events) {
      let inside = false;
      for (let at: HTMLElement | null = el; at && !seen.has(at); at = at.parentElement) {
        seen.add(at);
        if (getComputedStyle(at).contentVisibility === 'auto') deferring.add(at);
      }
      for (let at: HTMLElement | null = el; at && !inside; at = at.parentElement)
        inside = deferring.has(at);
      if (inside) deferred++;
    }
    for (const at of deferring) at.style.contentVisibility = 'visible';
    for (const el of events) {
      // The deepest last element: its box needs the whole event's content laid out.
      let probe: Element = el;
      while (probe.lastElementChild) probe = probe.lastElementChild;
      const box = el.getBoundingClientRect();
      probe.getBoundingClientRect();
      if (box.width <= 0 || box.height <= 0) throw new Error('an event was drawn with no size');
    }
    const probeMs = performance.now() - probing;
    // Laid out now; the next frame starts once this one has been painted.
    await frame();
    return { ms: performance.now() - started, deferred, probeMs };
  }
}
