import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  about: () => void;
  dataProtection: () => void;
}

/**
 * The application menu: the platform's usual roles (so copy/paste, zoom and quitting work as
 * everywhere), plus Help → About and the data-protection note.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        { role: 'reload' },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
    {
      role: 'help',
      submenu: [
        { label: 'Data protection', click: actions.dataProtection },
        { type: 'separator' },
        { label: 'About Frontdesk', click: actions.about },
      ],
    },
  ];
}

/** Shown from Help → Data protection; the README's "Data protection" section says the same. */
export const DATA_PROTECTION_NOTE = [
  'Frontdesk shows health data from Doctena and Docfav.',
  'It keeps patient data in memory only: nothing is written to disk, and closing the app or disconnecting an account removes it.',
  'Passwords and API keys are encrypted with the operating system’s keyring and never shown again.',
  'Logs contain no patient data and no secrets. Desktop notifications name only a time and a calendar.',
  'The data-protection note in the README gives the details.',
].join('\n\n');
