import { describe, expect, it } from 'vitest';

declare global {
  interface ImportMeta {
    /** Vite's, as much of it as this file uses (vite/client's types would bring all of Vite's). */
    glob<T>(
      patterns: string[],
      options: { query: '?raw'; import: 'default'; eager: true },
    ): Record<string, T>;
  }
}

// Components reach the main process only through the hooks in renderer/api/: what a write puts in
// the cache and what it refetches is decided there, once per channel. (Read through Vite's glob,
// since the renderer, its tests included, imports no Node module.)

const components = import.meta.glob<string>(
  ['../components/**/*.{ts,tsx}', '!../components/**/*.test.{ts,tsx}'],
  { query: '?raw', import: 'default', eager: true },
);

/** What a component must not do, each with why. */
const FORBIDDEN: { pattern: RegExp; why: string }[] = [
  { pattern: /from\s+['"][./]*api\/client['"]/, why: 'imports the IPC client' },
  { pattern: /\bclient\s*\[/, why: 'calls a channel directly' },
  { pattern: /\bwindow\.api\b/, why: 'uses the preload API directly' },
  { pattern: /from\s+['"]@tanstack\/react-query['"]/, why: 'manages the query cache itself' },
];

function violations(files: { path: string; text: string }[]): string[] {
  return files.flatMap(({ path, text }) =>
    FORBIDDEN.filter(({ pattern }) => pattern.test(text)).map(({ why }) => `${path} ${why}`),
  );
}

describe('components and the IPC client', () => {
  it('no component calls the client or the query cache directly', () => {
    const files = Object.entries(components).map(([path, text]) => ({ path, text }));
    expect(files.length).toBeGreaterThan(20);
    // Read as text: the hooks they do use are there to see.
    expect(files.filter((f) => /from '(\.\.\/)+api\/\w+'/.test(f.text)).length).toBeGreaterThan(10);
    expect(violations(files)).toEqual([]);
  });

  it('would catch each way round the hooks', () => {
    const planted = [
      "import { client } from '../../api/client';",
      "await client['blocking:delete']({ eventId });",
      "window.api.invoke('settings:get', {});",
      "import { useQueryClient } from '@tanstack/react-query';",
    ].map((text, i) => ({ path: `planted-${i}.tsx`, text }));
    expect(violations(planted)).toHaveLength(planted.length);
    expect(
      violations([{ path: 'ok.tsx', text: "import { useSettings } from '../api/settings';" }]),
    ).toEqual([]);
  });
});
