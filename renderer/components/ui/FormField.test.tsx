// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { FormField, hintId } from './FormField';

afterEach(cleanup);

const describedText = (el: HTMLElement) =>
  (el.getAttribute('aria-describedby') ?? '')
    .split(' ')
    .filter(Boolean)
    .map((id) => document.getElementById(id)?.textContent);

describe('a form field', () => {
  it('names its control and has its hint and error read out with it', () => {
    render(
      <FormField label="Weeks ahead" hint="From 1 to 26." error="Enter a whole number." required>
        {(control) => <input {...control} />}
      </FormField>,
    );
    const input = screen.getByRole('textbox', { name: 'Weeks ahead' });
    expect(describedText(input)).toEqual(['From 1 to 26.', 'Enter a whole number.']);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-required')).toBe('true');
  });

  it('claims nothing it does not have', () => {
    render(<FormField label="Title">{(control) => <input {...control} />}</FormField>);
    const input = screen.getByRole('textbox', { name: 'Title' });
    expect(input.hasAttribute('aria-describedby')).toBe(false);
    expect(input.hasAttribute('aria-invalid')).toBe(false);
    expect(input.hasAttribute('aria-required')).toBe(false);
  });

  it('lets a neighbour share its hint', () => {
    render(
      <>
        <FormField label="From" describedBy={hintId('end')}>
          {(control) => <input {...control} />}
        </FormField>
        <FormField id="end" label="Until" hint="Both ends of the working day.">
          {(control) => <input {...control} />}
        </FormField>
      </>,
    );
    expect(describedText(screen.getByRole('textbox', { name: 'From' }))).toEqual([
      'Both ends of the working day.',
    ]);
  });
});
