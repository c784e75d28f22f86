import { describe, expect, it, vi } from 'vitest';
import type { BrowserWindow, SaveDialogReturnValue } from 'electron';
import { createDayPrinter, type PrintGlue } from './print';

// The Electron binary is not available on build machines: a fake window stands in for it, as in
// glue.test.ts. What is pinned down: A4, the save dialog decides where the PDF goes, nothing is
// written without it, and every end (printed, cancelled, failed) is told apart.

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46]);

function fakeWindow(pdf: () => Promise<Uint8Array> = () => Promise.resolve(PDF)) {
  const contents = {
    print: vi.fn((_opts: unknown, done: (success: boolean, reason: string) => void) =>
      done(true, ''),
    ),
    printToPDF: vi.fn(pdf),
  };
  const win = { webContents: contents, isDestroyed: () => false };
  return { win: win as unknown as BrowserWindow, contents };
}

function glue(win: BrowserWindow | null, answer: Partial<SaveDialogReturnValue> = {}) {
  const parts = {
    window: () => win,
    showSaveDialog: vi.fn(() =>
      Promise.resolve({ canceled: false, filePath: '/chosen/sheet.pdf', ...answer }),
    ),
    writeFile: vi.fn((_path: string, _data: Uint8Array) => Promise.resolve()),
    words: (day: string) => ({ fileName: `sheet-${day}.pdf`, title: 'title' }),
  } satisfies PrintGlue;
  return parts;
}

describe('the day sheet printer (Electron glue)', () => {
  it('prints the window on A4 through the system dialog', async () => {
    const { win, contents } = fakeWindow();
    const g = glue(win);
    await expect(createDayPrinter(g)({ output: 'paper', day: '2026-12-01' })).resolves.toBe(
      'printed',
    );
    expect(contents.print).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', silent: false }),
      expect.any(Function),
    );
    expect(contents.printToPDF).not.toHaveBeenCalled();
    expect(g.writeFile).not.toHaveBeenCalled();
  });

  it('tells a cancelled print dialog from a failed print', async () => {
    const { win, contents } = fakeWindow();
    const printer = createDayPrinter(glue(win));
    contents.print.mockImplementationOnce((_o, done) => done(false, 'cancelled'));
    await expect(printer({ output: 'paper', day: '2026-12-01' })).resolves.toBe('cancelled');
    contents.print.mockImplementationOnce((_o, done) => done(false, 'Print job failed'));
    await expect(printer({ output: 'paper', day: '2026-12-01' })).resolves.toBe('failed');
  });

  it('writes the PDF only where the user chose, with the day in the suggested name', async () => {
    const { win, contents } = fakeWindow();
    const g = glue(win);
    await expect(createDayPrinter(g)({ output: 'pdf', day: '2026-12-01' })).resolves.toBe('saved');
    expect(contents.printToPDF).toHaveBeenCalledWith(
      expect.objectContaining({ pageSize: 'A4', preferCSSPageSize: true }),
    );
    expect(g.showSaveDialog).toHaveBeenCalledWith(
      win,
      expect.objectContaining({ defaultPath: 'sheet-2026-12-01.pdf' }),
    );
    expect(g.writeFile).toHaveBeenCalledExactlyOnceWith('/chosen/sheet.pdf', PDF);
  });

  it('writes nothing when the save dialog is cancelled', async () => {
    const { win } = fakeWindow();
    const g = glue(win, { canceled: true, filePath: '' });
    await expect(createDayPrinter(g)({ output: 'pdf', day: '2026-12-01' })).resolves.toBe(
      'cancelled',
    );
    expect(g.writeFile).not.toHaveBeenCalled();
  });

  it('says failed, without a dialog, when the PDF cannot be made or saved', async () => {
    const broken = fakeWindow(() => Promise.reject(new Error('gpu')));
    const g = glue(broken.win);
    await expect(createDayPrinter(g)({ output: 'pdf', day: '2026-12-01' })).resolves.toBe('failed');
    expect(g.showSaveDialog).not.toHaveBeenCalled();

    const { win } = fakeWindow();
    const full = glue(win);
    full.writeFile.mockRejectedValueOnce(new Error('ENOSPC'));
    await expect(createDayPrinter(full)({ output: 'pdf', day: '2026-12-01' })).resolves.toBe(
      'failed',
    );
  });

  it('says failed when there is no window to print', async () => {
    const g = glue(null);
    await expect(createDayPrinter(g)({ output: 'paper', day: '2026-12-01' })).resolves.toBe(
      'failed',
    );
  });
});
