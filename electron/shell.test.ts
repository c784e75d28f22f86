import { describe, expect, it, vi } from 'vitest';
import { translator } from '../shared/i18n/translate';
import { menuTemplate } from './menu';
import { restorableState } from './window-state';

describe('application menu', () => {
  it('has the usual roles and Help with About and the data-protection note', () => {
    const actions = { about: vi.fn(), dataProtection: vi.fn() };
    for (const platform of ['win32', 'linux', 'darwin'] as const) {
      const template = menuTemplate(platform, actions, translator('en'));
      const roles = template.map((item) => item.role).filter(Boolean);
      expect(roles).toEqual(
        expect.arrayContaining([
          'editMenu',
          'windowMenu',
          'help',
          platform === 'darwin' ? 'appMenu' : 'fileMenu',
        ]),
      );
      const help = template.find((item) => item.role === 'help');
      const labels = (help?.submenu as { label?: string; click?: () => void }[]).map(
        (i) => i.label,
      );
      expect(labels).toEqual(['Data protection', undefined, 'About Frontdesk']);
    }
    const help = menuTemplate('linux', actions, translator('en')).find((i) => i.role === 'help');
    (help?.submenu as { click?: () => void }[])[0]?.click?.();
    expect(actions.dataProtection).toHaveBeenCalled();
  });

  it('is worded in the desk’s language', () => {
    const actions = { about: vi.fn(), dataProtection: vi.fn() };
    const help = menuTemplate('win32', actions, translator('de')).find((i) => i.role === 'help');
    const labels = (help?.submenu as { label?: string }[]).map((i) => i.label);
    expect(labels[0]).not.toBe('Data protection');
    expect(labels[2]).toContain('Frontdesk');
  });
});

describe('window state', () => {
  const screen = [{ x: 0, y: 0, width: 1920, height: 1040 }];
  it('restores a saved position that is on a screen', () => {
    const saved = { x: 100, y: 80, width: 1300, height: 850, maximized: false };
    expect(restorableState(saved, screen)).toEqual(saved);
  });
  it('ignores a position on a screen that is gone, and garbage', () => {
    expect(
      restorableState({ x: 3000, y: 80, width: 1300, height: 850, maximized: false }, screen),
    ).toBeUndefined();
    expect(restorableState({ x: 'a' }, screen)).toBeUndefined();
    expect(restorableState(undefined, screen)).toBeUndefined();
  });
});
