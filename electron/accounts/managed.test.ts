import { describe, expect, it } from 'vitest';
import { DOCFAV_DEFAULT_URL, DOCTENA_DEFAULT_URL, managedAccounts } from './managed';

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

  it.each([
    [{ FRONTDESK_DOCTENA_LOGIN: 'x' }, /must both be set/],
    [
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: 'y',
        FRONTDESK_DOCTENA_TIMEZONE: 'Mars/Base',
      },
      /time zone/,
    ],
    [
      {
        FRONTDESK_DOCTENA_LOGIN: 'x',
        FRONTDESK_DOCTENA_PASSWORD: 'y',
        FRONTDESK_DOCTENA_URL: 'not a url',
      },
      /not a valid URL/,
    ],
  ])('explains a configuration it cannot use, without the secret (%#)', (env, problem) => {
    const managed = managedAccounts(env);
    expect(managed.accounts).toEqual([]);
    expect(managed.problems.join(' ')).toMatch(problem);
    expect(managed.problems.join(' ')).not.toContain('y');
  });
});
