// @vitest-environment happy-dom
import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { ActionResult } from '../../../shared/contract';
import type { CalendarEvent } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import { translator } from '../../../shared/i18n/translate';
import { useActionRunner } from '../../api/actions';
import {
  appointment,
  booking,
  deferred,
  fakeMain,
  renderWithApp,
  type FakeMain,
} from '../../test/testing';
import { ActionButtons } from './ActionButtons';
import { actionErrorText } from './actionErrorText';

function Panel(props: { event: CalendarEvent; readOnly?: boolean }) {
  const runner = useActionRunner();
  return <ActionButtons event={props.event} runner={runner} readOnly={props.readOnly ?? false} />;
}

function show(event: CalendarEvent, main: FakeMain = fakeMain([event]), readOnly = false) {
  renderWithApp(<Panel event={event} readOnly={readOnly} />, main);
  return main;
}

const button = (name: string) => screen.getByRole<HTMLButtonElement>('button', { name });
const enabled = () =>
  ['Confirm', 'Cancel appointment', 'Mark as no-show'].filter((name) => !button(name).disabled);

afterEach(cleanup);

describe('which actions are offered', () => {
  it('follows what the platform allows for the appointment', () => {
    show(appointment({ status: 'waiting', actions: ['confirm', 'cancel'] }));
    expect(enabled()).toEqual(['Confirm', 'Cancel appointment']);
    // A no-show before the time has passed says why it is not offered.
    expect(button('Mark as no-show').title).toMatch(/once the appointment time has passed/);
  });

  it('offers a no-show once the time has passed, and no confirm for a confirmed one', () => {
    show(appointment({ status: 'confirmed', actions: ['cancel', 'no-show'] }));
    expect(enabled()).toEqual(['Cancel appointment', 'Mark as no-show']);
    expect(screen.queryByText(/once the appointment time has passed/)).toBeNull();
  });

  it('offers nothing while the calendar is read-only (offline)', () => {
    show(appointment({ actions: ['confirm', 'cancel', 'no-show'] }), undefined, true);
    expect(enabled()).toEqual([]);
  });

  it('asks whether to notify the patient for Doctena only', () => {
    show(booking());
    expect(screen.getByRole('checkbox', { name: /Notify the patient/ })).toBeTruthy();
    cleanup();
    show(appointment());
    expect(screen.queryByRole('checkbox')).toBeNull();
  });

  it('shows blocked time its own actions, and other entries none', () => {
    show(booking({ kind: 'doctena-blocking', actions: ['delete'] }));
    expect(button('Edit').disabled).toBe(false);
    expect(button('Delete blocked time').disabled).toBe(false);
    expect(screen.queryByRole('button', { name: 'Confirm' })).toBeNull();
    cleanup();
    show(appointment({ kind: 'docfav-time-reservation', actions: [] }));
    expect(screen.getByText('This entry is read-only here.')).toBeTruthy();
  });
});

describe('cancelling', () => {
  it('asks first, with the safe answer focused, and cancels only when confirmed', async () => {
    const user = userEvent.setup();
    const event = appointment({ actions: ['confirm', 'cancel'] });
    const main = show(event);
    main.answer('event:setStatus', () => ({
      event: { ...event, status: 'cancelled', actions: [] },
      undo: 'unconfirm',
    }));

    await user.click(button('Cancel appointment'));
    let ask = screen.getByRole('dialog', { name: 'Cancel this appointment?' });
    expect(within(ask).getByText(/Eva Prieto, .* will be cancelled on Docfav\./)).toBeTruthy();
    expect(document.activeElement).toBe(within(ask).getByRole('button', { name: 'Keep it' }));
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(main.inputs('event:setStatus')).toHaveLength(0);

    await user.click(button('Cancel appointment'));
    ask = screen.getByRole('dialog', { name: 'Cancel this appointment?' });
    await user.click(within(ask).getByRole('button', { name: 'Cancel appointment' }));
    expect(await screen.findByText('Appointment cancelled.')).toBeTruthy();
    expect(main.inputs('event:setStatus')).toEqual([
      { eventId: event.id, action: 'cancel', notifyPatient: true },
    ]);
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});

describe('what the patient receives, and a Doctena no-show', () => {
  it('says in the cancel question whether the patient is told, as the checkbox says', async () => {
    const user = userEvent.setup();
    show(booking({ actions: ['confirm', 'cancel'] }));
    await user.click(button('Cancel appointment'));
    const ask = screen.getByRole('dialog', { name: 'Cancel this appointment?' });
    const notify = within(ask).getByRole<HTMLInputElement>('checkbox', { name: /Notify/ });
    expect(notify.checked).toBe(true);
    expect(
      within(ask).getByText('Doctena will send the patient an SMS and an e-mail.'),
    ).toBeTruthy();
    await user.click(notify);
    expect(within(ask).getByText('The patient is not told.')).toBeTruthy();
    cleanup();
    // Docfav's API sends the patient nothing: there is nothing to choose.
    show(appointment({ actions: ['confirm', 'cancel'] }));
    await user.click(button('Cancel appointment'));
    const docfav = screen.getByRole('dialog', { name: 'Cancel this appointment?' });
    expect(within(docfav).queryByRole('checkbox')).toBeNull();
    expect(within(docfav).getByText('The patient is not told.')).toBeTruthy();
  });

  it('asks before a Doctena no-show, says it is a cancellation there, and does not notify', async () => {
    const user = userEvent.setup();
    const event = booking({ status: 'confirmed', actions: ['cancel', 'no-show'] });
    const main = show(event);
    main.answer('event:setStatus', () => ({
      event: { ...event, status: 'no-show', noShow: true, actions: [] },
      undo: null,
    }));

    await user.click(button('Mark as no-show'));
    let ask = screen.getByRole('dialog', { name: 'Mark as no-show?' });
    expect(within(ask).getByText(/Doctena records a no-show as a cancellation/)).toBeTruthy();
    const notify = within(ask).getByRole<HTMLInputElement>('checkbox', { name: /Notify/ });
    // Off, even though the panel's own checkbox (the practice's default) is on.
    expect(notify.checked).toBe(false);
    expect(within(ask).getByText('The patient is not told.')).toBeTruthy();
    await user.click(within(ask).getByRole('button', { name: 'Keep it' }));
    expect(main.inputs('event:setStatus')).toHaveLength(0);

    await user.click(button('Mark as no-show'));
    ask = screen.getByRole('dialog', { name: 'Mark as no-show?' });
    await user.click(within(ask).getByRole('button', { name: 'Mark as no-show' }));
    expect(await screen.findByText('Marked as no-show.')).toBeTruthy();
    expect(main.inputs('event:setStatus')).toEqual([
      { eventId: event.id, action: 'no-show', notifyPatient: false },
    ]);
    // Doctena cannot take a no-show back: no undo is offered.
    expect(screen.queryByRole('button', { name: 'Undo' })).toBeNull();
  });

  it('marks a Docfav no-show at once, with undo, as Docfav can take it back', async () => {
    const user = userEvent.setup();
    const event = appointment({ status: 'confirmed', actions: ['cancel', 'no-show'] });
    const main = show(event);
    main.answer('event:setStatus', () => ({
      event: { ...event, status: 'no-show', actions: [] },
      undo: 'confirm',
    }));
    await user.click(button('Mark as no-show'));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(await screen.findByText('Marked as no-show.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeTruthy();
  });
});

describe('while the platform has not answered', () => {
  it('disables every action and says it is saving', async () => {
    const user = userEvent.setup();
    const event = appointment({ actions: ['confirm', 'cancel'] });
    const main = show(event);
    const answer = deferred<ActionResult>();
    main.answer('event:setStatus', () => answer.promise);

    await user.click(button('Confirm'));
    expect(screen.getByRole('status').textContent).toBe('Saving…');
    expect(enabled()).toEqual([]);

    answer.resolve({ event: { ...event, status: 'confirmed' }, undo: 'unconfirm' });
    expect(await screen.findByText('Appointment confirmed.')).toBeTruthy();
    await waitFor(() => expect(enabled()).toEqual(['Confirm', 'Cancel appointment']));
  });
});

describe('a refusal', () => {
  it('is shown in the desk’s words and stays until dismissed', async () => {
    const user = userEvent.setup();
    const event = appointment({ actions: ['confirm', 'cancel'] });
    const main = show(event);
    const refusal = new AppError('unavailable', { vendor: 'docfav', outcome: 'unknown' });
    main.answer('event:setStatus', () => {
      throw refusal;
    });

    await user.click(button('Confirm'));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain(actionErrorText(refusal, translator('en')));
    expect(alert.textContent).toContain('Docfav');
    expect(enabled()).toEqual(['Confirm', 'Cancel appointment']);
  });
});
