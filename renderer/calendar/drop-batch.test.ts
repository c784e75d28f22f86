import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dropBatch, pausable, type Pausable } from './drop-batch';

function calendar() {
  const log: string[] = [];
  const api: Pausable = {
    pauseRendering: () => log.push('pause'),
    resumeRendering: () => log.push('resume'),
  };
  return { api, log };
}

const release = (target: EventTarget) => target.dispatchEvent(new Event('pointerup'));

describe('dropBatch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('holds rendering from the release of a drag until the drop has reached the calendar', () => {
    const { api, log } = calendar();
    const target = new EventTarget();
    const batch = dropBatch(() => api, target);
    batch.started();
    release(target);
    expect(log).toEqual(['pause']);
    batch.stopped();
    batch.handed();
    // FullCalendar's own timer and the query cache's come and go: still held.
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['pause']);
    batch.settled();
    expect(log).toEqual(['pause', 'resume']);
    vi.runAllTimers();
    batch.settled();
    expect(log).toEqual(['pause', 'resume']);
  });

  it('never holds a release that ends no drag (a click, a selection)', () => {
    const { api, log } = calendar();
    const target = new EventTarget();
    const batch = dropBatch(() => api, target);
    release(target);
    batch.started();
    batch.stopped();
    release(target);
    expect(log).toEqual([]);
  });

  it('renders again right after a drag that ends without a drop', () => {
    const { api, log } = calendar();
    const target = new EventTarget();
    const batch = dropBatch(() => api, target);
    batch.started();
    release(target);
    batch.stopped();
    vi.advanceTimersByTime(0);
    expect(log).toEqual(['pause', 'resume']);
  });

  it('renders anyway when the drop never reaches the calendar, or the drag never ends', () => {
    const { api, log } = calendar();
    const target = new EventTarget();
    const batch = dropBatch(() => api, target);
    batch.started();
    release(target);
    batch.stopped();
    batch.handed();
    vi.advanceTimersByTime(99);
    expect(log).toEqual(['pause']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['pause', 'resume']);

    batch.started();
    target.dispatchEvent(new Event('pointercancel'));
    vi.advanceTimersByTime(999);
    expect(log).toEqual(['pause', 'resume', 'pause']);
    vi.advanceTimersByTime(1);
    expect(log).toEqual(['pause', 'resume', 'pause', 'resume']);
  });

  it('lets go of the calendar and of the window when disposed', () => {
    const { api, log } = calendar();
    const target = new EventTarget();
    const batch = dropBatch(() => api, target);
    batch.started();
    release(target);
    batch.dispose();
    expect(log).toEqual(['pause', 'resume']);
    batch.started();
    release(target);
    expect(log).toEqual(['pause', 'resume']);
  });

  it('holds nothing without a calendar that can pause', () => {
    const target = new EventTarget();
    const batch = dropBatch(() => pausable({}), target);
    batch.started();
    expect(() => release(target)).not.toThrow();
    expect(pausable(undefined)).toBeNull();
    const { api } = calendar();
    expect(pausable(api)).toBe(api);
  });
});
