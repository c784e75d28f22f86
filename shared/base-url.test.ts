import { describe, expect, it } from 'vitest';
import { baseUrlProblem } from './base-url';
import { channels } from './contract';
import { DocfavAccount } from './settings';

describe('base URLs', () => {
  it.each([
    'https://www.doxter.de/api/v2',
    'https://clinic.example:8443/api-connector/v1',
    'http://127.0.0.1:9000/api',
    'http://127.1/api',
    'http://localhost:3000',
    'http://[::1]:8080/api',
  ])('accepts %s', (url) => {
    expect(baseUrlProblem(url)).toBeNull();
  });

  it.each([
    ['file:///etc/passwd', 'base-url-invalid'],
    ['ftp://files.example/api', 'base-url-invalid'],
    ['javascript:alert(1)', 'base-url-invalid'],
    ['not a url', 'base-url-invalid'],
    ['https://user:pw@api.example/v1', 'base-url-invalid'],
    ['https://api.example/v1?key=1', 'base-url-invalid'],
    [`https://api.example/${'x'.repeat(500)}`, 'base-url-invalid'],
    ['http://api.example/v1', 'base-url-insecure'],
    ['http://192.168.1.20/api', 'base-url-insecure'],
    ['http://127.0.0.1.nip.io/api', 'base-url-insecure'],
    ['http://localhost.evil.example/api', 'base-url-insecure'],
    ['http://[::ffff:10.0.0.1]/api', 'base-url-insecure'],
  ])('refuses %s (%s)', (url, reason) => {
    expect(baseUrlProblem(url)).toBe(reason);
  });

  it('is enforced in the connect inputs and in stored accounts', () => {
    const discover = channels['accounts:discoverDocfav'].input;
    expect(discover.safeParse({ apiKey: 'k', baseUrl: 'http://docfav.example/api' }).success).toBe(
      false,
    );
    expect(discover.safeParse({ apiKey: 'k', baseUrl: 'http://127.0.0.1:1/api' }).success).toBe(
      true,
    );
    const account = { id: 'a', vendor: 'docfav', label: 'x', clinicIds: [] };
    expect(DocfavAccount.safeParse({ ...account, baseUrl: 'file:///tmp/x' }).success).toBe(false);
    expect(DocfavAccount.safeParse({ ...account, baseUrl: 'https://x.example' }).success).toBe(
      true,
    );
  });
});
