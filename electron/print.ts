import type {
  BrowserWindow,
  SaveDialogOptions,
  SaveDialogReturnValue,
  WebContents,
} from 'electron';
import type { DayPrinter } from './core/types';

export interface PrintGlue {
  window: () => BrowserWindow | null;
  showSaveDialog: (
    win: BrowserWindow,
    options: SaveDialogOptions,
  ) => Promise<SaveDialogReturnValue>;
  /** Only ever called with the path the user chose in the save dialog. */
  writeFile: (filePath: string, data: Uint8Array) => Promise<void>;
  /** The suggested file name and the save dialog's title, in the desk's language. */
  words: (day: string) => { fileName: string; title: string };
}

/** What the page's own @page rule does not say: A4, with the status colours. */
const PAGE = { pageSize: 'A4', printBackground: true } as const;

/**
 * Thin glue: the renderer has already laid the day sheet out for print media; this sends the
 * window to the system print dialog, or renders it to PDF bytes kept in memory until the user
 * picks where they go. The app keeps no copy. Nothing is logged: the sheet is health data.
 */
export function createDayPrinter(glue: PrintGlue): DayPrinter {
  return async ({ output, day }) => {
    const win = glue.window();
    if (!win || win.isDestroyed()) return 'failed';
    const contents = win.webContents;
    if (output === 'paper') return printOnPaper(contents);
    let bytes: Uint8Array;
    try {
      bytes = await contents.printToPDF({ ...PAGE, preferCSSPageSize: true });
    } catch {
      return 'failed';
    }
    const { fileName, title } = glue.words(day);
    const choice = await glue.showSaveDialog(win, {
      title,
      defaultPath: fileName,
      filters: [{ name: 'PDF', extensions: ['pdf'] }],
    });
    if (choice.canceled || !choice.filePath) return 'cancelled';
    try {
      await glue.writeFile(choice.filePath, bytes);
      return 'saved';
    } catch {
      return 'failed';
    }
  };
}

function printOnPaper(contents: WebContents): Promise<'printed' | 'cancelled' | 'failed'> {
  return new Promise((resolve) => {
    contents.print({ ...PAGE, silent: false }, (success, failureReason) => {
      if (success) resolve('printed');
      else resolve(failureReason === 'cancelled' ? 'cancelled' : 'failed');
    });
  });
}
