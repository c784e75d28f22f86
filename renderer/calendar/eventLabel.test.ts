// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { booking } from '../test/testing';
import { eventLabel, relabelWhenShown } from './eventLabel';

const texts = {
  status: (e: { status: string }) => (e.status === 'confirmed' ? 'Confirmed' : 'Waiting'),
  calendar: () => 'Dr. Weber',
};

describe('an event’s accessible name', () => {
  it('starts with what it shows, then status, calendar and platform', () => {
    expect(eventLabel(' 09:00–09:30\n Anna  Weber ', booking(), texts)).toBe(
      '09:00–09:30 Anna Weber, Waiting, Dr. Weber, Doctena',
    );
  });

  it('follows the status when the content is redrawn in place', async () => {
    const el = document.createElement('a');
    const event = booking();
    el.dataset.eventId = event.id;
    el.setAttribute('aria-label', eventLabel('Anna Weber', event, texts));
    document.body.append(el);

    const body = document.createElement('div');
    body.textContent = 'Anna Weber';
    relabelWhenShown(body, { ...event, status: 'confirmed' }, texts);
    el.replaceChildren(body);
    await Promise.resolve();
    expect(el.getAttribute('aria-label')).toBe('Anna Weber, Confirmed, Dr. Weber, Doctena');

    // Content of another event (a drag mirror, a reused element) never renames this one.
    const other = document.createElement('div');
    relabelWhenShown(other, { ...event, id: 'other', status: 'waiting' }, texts);
    el.replaceChildren(other);
    await Promise.resolve();
    expect(el.getAttribute('aria-label')).toBe('Anna Weber, Confirmed, Dr. Weber, Doctena');
  });
});
