// @vitest-environment happy-dom
import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { CalendarEvent } from '../../../shared/domain';
import { AppError } from '../../../shared/errors';
import type { PatientCard as Card } from '../../../shared/patients';
import { keys } from '../../api/keys';
import { appointment, booking, deferred, fakeMain, renderWithApp } from '../../test/testing';
import { PatientCard } from './PatientCard';

afterEach(cleanup);

const docfavCard = (patch: Partial<Card> = {}): Card => ({
  source: 'docfav',
  name: 'Eva Prieto',
  phone: '+34 600 555 009',
  email: 'eva.prieto@example.org',
  birthDate: '1961-04-09',
  note: 'Prefers afternoons',
  tags: ['regular', 'allergy'],
  reminders: false,
  insurance: null,
  appointments: [
    appointment({ id: 'docfav:b:docfav-appointment:10', start: '2026-12-02T09:00:00Z' }),
  ],
  ...patch,
});

/** The panel around the card, drawn again with a copy of the event as a sync would. */
function Redrawn({ event }: { event: CalendarEvent }) {
  const [count, setCount] = useState(0);
  return (
    <>
      <button type="button" onClick={() => setCount(count + 1)}>
        redraw
      </button>
      <span>redrawn {count}</span>
      <PatientCard event={{ ...event }} />
    </>
  );
}

const card = () => screen.getByRole('region', { name: 'Patient details' });

describe('the Docfav patient card', () => {
  it('reads the client once and shows how to reach them and what the practice knows', async () => {
    const main = fakeMain();
    main.answer('patients:get', () => docfavCard());
    const event = appointment();
    renderWithApp(<Redrawn event={event} />, main);

    const call = await screen.findByRole('link', { name: '+34 600 555 009' });
    expect(call.getAttribute('href')).toBe('tel:+34600555009');
    const mail = screen.getByRole('link', { name: 'eva.prieto@example.org' });
    expect(mail.getAttribute('href')).toBe('mailto:eva.prieto@example.org');
    const details = within(card());
    expect(details.getByText('9 April 1961')).toBeTruthy();
    expect(details.getByText('regular, allergy')).toBeTruthy();
    expect(details.getByText('Prefers afternoons')).toBeTruthy();
    expect(details.getByText('Reminders').nextElementSibling?.textContent).toBe('Off');
    expect(details.getByRole('heading', { name: 'Other appointments' })).toBeTruthy();
    expect(details.getByText(/Wed, 2 Dec 2026/)).toBeTruthy();

    // Drawn again (a sync redrew the panel): still the one read.
    fireEvent.click(screen.getByRole('button', { name: 'redraw' }));
    expect(screen.getByText('redrawn 1')).toBeTruthy();
    expect(main.inputs('patients:get')).toEqual([{ eventId: event.id }]);
  });

  it('forgets the patient as soon as the panel closes', async () => {
    const main = fakeMain();
    main.answer('patients:get', () => docfavCard());
    const event = appointment();
    const view = renderWithApp(<PatientCard event={event} />, main);
    await screen.findByRole('link', { name: '+34 600 555 009' });
    const cached = () =>
      view.queryClient.getQueryCache().find({ queryKey: keys.patientCard(event.id) });
    expect(cached()).toBeDefined();

    view.unmount();
    await waitFor(() => expect(cached()).toBeUndefined());
  });

  it('says it is loading, then why it could not load', async () => {
    const main = fakeMain();
    const answer = deferred<Card>();
    main.answer('patients:get', () => answer.promise);
    renderWithApp(<PatientCard event={appointment()} />, main);
    expect(within(card()).getByText('Loading the patient’s details…')).toBeTruthy();

    answer.reject(new AppError('rate-limited', { vendor: 'docfav' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/^The patient’s details could not be loaded: /);
  });

  it('does not link what is not one address or a dialable number', async () => {
    const main = fakeMain();
    main.answer('patients:get', () =>
      docfavCard({ phone: 'ask at the desk', email: 'eva@example.org?bcc=all@example.org' }),
    );
    renderWithApp(<PatientCard event={appointment()} />, main);
    await screen.findByText('ask at the desk');
    expect(screen.getByText('eva@example.org?bcc=all@example.org').tagName).toBe('DD');
    expect(screen.queryByRole('link')).toBeNull();
  });
});

describe('the Doctena patient card', () => {
  it('has the same layout, from the booking’s contact', async () => {
    const main = fakeMain();
    main.answer('patients:get', () => ({
      ...docfavCard(),
      source: 'doctena',
      name: 'Anna Weber',
      phone: '030 5550177',
      email: null,
      birthDate: null,
      note: null,
      tags: [],
      reminders: null,
      insurance: 'PKV',
      appointments: [],
    }));
    renderWithApp(<PatientCard event={booking()} />, main);

    const call = await screen.findByRole('link', { name: '030 5550177' });
    expect(call.getAttribute('href')).toBe('tel:0305550177');
    const details = within(card());
    expect(details.getByText('PKV')).toBeTruthy();
    expect(details.queryByText('Date of birth')).toBeNull();
    expect(details.queryByText('Reminders')).toBeNull();
    expect(details.getByText('No other appointment in the loaded weeks.')).toBeTruthy();
  });

  it('is not shown, nor asked for, for time without a patient', () => {
    const main = fakeMain();
    renderWithApp(
      <PatientCard event={booking({ kind: 'doctena-blocking', patient: null })} />,
      main,
    );
    expect(screen.queryByRole('region')).toBeNull();
    expect(main.inputs('patients:get')).toEqual([]);
  });
});
