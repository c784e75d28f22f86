import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n';
import type { Draft } from './draft';
import { GeneralFields } from './GeneralFields';

const draft: Draft = {
  language: null,
  pollIntervalSeconds: '60',
  notifyPatientDefault: false,
  showCancelled: false,
  weekStartDay: 1,
  workStart: '08:00',
  workEnd: '18:00',
  slotMinutes: 15,
  desktopNotifications: true,
  launchAtLogin: false,
};

function render(launchAtLoginSupported: boolean) {
  return renderToStaticMarkup(
    <I18nProvider language="en">
      <GeneralFields draft={draft} set={() => {}} launchAtLoginSupported={launchAtLoginSupported} />
    </I18nProvider>,
  );
}

describe('the launch-at-login toggle', () => {
  it('is offered where the app can start at login (Windows, macOS)', () => {
    expect(render(true)).toContain('Start Frontdesk when I log in to the computer');
  });

  it('is not shown where it would do nothing (Linux, the web bridge)', () => {
    const markup = render(false);
    expect(markup).not.toContain('Start Frontdesk when I log in');
    expect(markup).toContain('type="checkbox"'); // the other general settings are still there
  });
});
