import { describe, expect, it } from 'vitest';
import { LABEL_MAX } from '../../shared/settings';
import { DOCFAV_DEFAULT_URL, DOCTENA_DEFAULT_URL, managedAccounts } from './managed';

const SECRET = 'Zq9-secret';

describe('managed accounts from the environment', () => {
  it('reads nothing when nothing is set', () => {
    expect(managedAccounts({})).toEqual({ accounts: [], secrets: new Map(), problems: [] });
  });

  it('reads a Doctena login and a Docfav key, with default URLs and all clinics', () => {
    const managed = managedAccounts({
      FRONTDESK_DOCTENA_LOGIN: 'empfang@praxis.example',
      FRONTDESK_DOCTENA_PASSWORD: 's3cret',
      FRONTDESK_DOCTENA_TIMEZONE: 'Europe/Luxembourg',
      FRONTDESK_DOCFAV_API_KEY: 'df_pk_x',
    });
    expect(managed.accounts).toEqual([
      {
        id: 'managed-doctena',
        vendor: 'doctena',
        label: 'Doctena (empfang@praxis.example)',
        baseUrl: DOCTENA_DEFAULT_URL,
        login: 'empfang@praxis.example',
        timezone: 'Europe/Luxembourg',
      },
      {
        id: 'managed-docfav',
        vendor: 'docfav',
        label: 'Docfav',
        baseUrl: DOCFAV_DEFAULT_URL,
        clinicIds: [],
      },
    ]);
    expect(managed.secrets.get('managed-doctena')).toBe('s3cret');
    expect(managed.secrets.get('managed-docfav')).toBe('df_pk_x');
    expect(managed.problems).toEqual([]);
  });

  it('takes custom URLs and a comma-separated clinic list', () => {
    const managed = managedAccounts({
      FRONTDESK_DOCFAV_URL: 'http://127.0.0.1:9000/api-connector/v1/',
      FRONTDESK_DOCFAV_API_KEY: 'k',
      FRONTDESK_DOCFAV_CLINIC: ' a , b,, ',
    });
    expect(managed.accounts[0]).toMatchObject({
      baseUrl: 'http://127.0.0.1:9000/api-connector/v1',
      clinicIds: ['a', 'b'],
    });
  });

  it('accepts plain http only to this computer, where the simulators run', () => {
    for (const url of ['http://127.0.0.1:9000/api/v2', 'http://localhost:9000/api/v2']) {
      const managed = managedAccounts({
        FRONTDESK_DOCTENA_URL: url,
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: 'y',
        FRONTDESK_DOCTENA_TIMEZONE: 'UTC',
      });
      expect(managed.problems).toEqual([]);
      expect(managed.accounts[0]?.baseUrl).toBe(url);
    }
  });

  it('cuts a long login to the label limit instead of making an account settings refuse', () => {
    const login = `${'empfang.'.repeat(30)}@praxis.example`;
    const managed = managedAccounts({
      FRONTDESK_DOCTENA_LOGIN: login,
      FRONTDESK_DOCTENA_PASSWORD: 'y',
      FRONTDESK_DOCTENA_TIMEZONE: 'UTC',
    });
    expect(managed.problems).toEqual([]);
    expect(managed.accounts[0]).toMatchObject({ login });
    expect(managed.accounts[0]?.label.length).toBeLessThanOrEqual(LABEL_MAX);
  });

  it.each([
    [{ FRONTDESK_DOCTENA_LOGIN: 'x' }, /both-required/],
    [
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: SECRET,
        FRONTDESK_DOCTENA_TIMEZONE: 'Mars/Base',
      },
      /unknown-time-zone/,
    ],
    [
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: SECRET,
        FRONTDESK_DOCTENA_URL: 'not a url',
      },
      /invalid-url/,
    ],
    [
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: SECRET,
        FRONTDESK_DOCTENA_URL: 'file:///etc/passwd',
      },
      /FRONTDESK_DOCTENA_URL: invalid-url/,
    ],
    [
      // The password would cross the network in clear.
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: SECRET,
        FRONTDESK_DOCTENA_URL: 'http://doctena.example/api/v2',
      },
      /FRONTDESK_DOCTENA_URL: https-required/,
    ],
    [
      {
        FRONTDESK_DOCFAV_API_KEY: SECRET,
        FRONTDESK_DOCFAV_URL: 'http://10.0.0.5/api-connector/v1',
      },
      /FRONTDESK_DOCFAV_URL: https-required/,
    ],
    [
      { FRONTDESK_DOCFAV_API_KEY: SECRET, FRONTDESK_DOCFAV_CLINIC: 'c'.repeat(65) },
      /FRONTDESK_DOCFAV_\*: unusable \(clinicIds\.0\)/,
    ],
  ])('explains a configuration it cannot use, without the secret (%#)', (env, problem) => {
    const managed = managedAccounts(env);
    expect(managed.accounts).toEqual([]);
    expect(managed.problems.join(' ')).toMatch(problem);
    expect(managed.problems.join(' ')).not.toContain(SECRET);
  });
});
