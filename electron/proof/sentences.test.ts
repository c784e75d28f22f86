import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sentencesIn } from './sentences';

const ROOT = path.resolve(__dirname, '..');

/** The main process's own code: not its tests, test helpers, proofs or recorded vendor fixtures. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) {
      return ['proof', 'testing'].includes(name) && dir === ROOT ? [] : sourceFiles(full);
    }
    const skip = /\.test\.ts$|(^|\/)testing\.ts$|(^|\/)fixtures\.ts$|\.d\.ts$/.test(full);
    return full.endsWith('.ts') && !skip ? [full] : [];
  });
}

describe('sentences in the main process', () => {
  it('finds none: every sentence a person reads comes from the catalogues', () => {
    const files = sourceFiles(ROOT);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((file) =>
      sentencesIn(readFileSync(file, 'utf8'), file).map(
        (s) => `${path.relative(ROOT, file)}:${s.line} ${s.text}`,
      ),
    );
    expect(found).toEqual([]);
  });

  it('would find one planted in a message, a notice or a dialog', () => {
    const planted = [
      "throw new AppError('validation', 'The new time has already passed. Choose a later time.');",
      'const title = `Frontdesk could not reach ${vendor}`;',
      "dialog.showErrorBox('Frontdesk could not start', 'Please restart the computer.');",
      "const label = { label: 'About this app' };",
    ].join('\n');
    expect(sentencesIn(planted).map((s) => s.line)).toEqual([1, 2, 3, 3, 4]);
  });

  it('leaves log lines, developer errors, codes and names alone', () => {
    const fine = [
      "logger.warn('could not read the journal entry', { file });",
      "services.logger.info('event moved', { account });",
      'throw new Error(`No handler for IPC channel ${channel}`);',
      "const reason = 'pair-calendar-gone';",
      "const label = 'Clínica Demo Salud (Docfav)';",
      "const path = '/calendars/:calendarId/bookings/:id';",
    ].join('\n');
    expect(sentencesIn(fine)).toEqual([]);
  });
});
