import type { MenuItemConstructorOptions } from 'electron';
import type { Translate } from '../shared/i18n/translate';

export interface MenuActions {
  about: () => void;
  dataProtection: () => void;
}

/**
 * The application menu: the platform's usual roles (so copy/paste, zoom and quitting work as
 * everywhere, worded by Electron and the OS), plus Help → About and the data-protection note,
 * worded from the catalogue in the desk's language.
 */
export function menuTemplate(
  platform: NodeJS.Platform,
  actions: MenuActions,
  t: Translate,
): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  return [
    ...(mac ? [{ role: 'appMenu' as const }] : [{ role: 'fileMenu' as const }]),
    { role: 'editMenu' },
    {
      label: t('appMenu.view'),
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
        { label: t('appMenu.dataProtection'), click: actions.dataProtection },
        { type: 'separator' },
        { label: t('appMenu.about'), click: actions.about },
      ],
    },
  ];
}
