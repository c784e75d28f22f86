import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startHarness, type Harness } from './harness';

/**
 * Every integration test sets itself up through the harness: none starts a simulator, builds a
 * client, a sync engine, the guard, the actions or the app itself, or reaches for the retired
 * per-layer `testing.ts` helpers. And the harness does what it promises: one clock, and one
 * `close` that stops what it built.
 */

const ELECTRON = fileURLToPath(new URL('..', import.meta.url));

/** What an integration test must leave to the harness, by the name it would call. */
const BUILT_BY_THE_HARNESS = new Set([
  'startDoctenaSimulator',
  'startDocfavSimulator',
  'createDoctenaClient',
  'createDocfavClient',
  'buildRuntimes',
  'buildSources',
  'createServices',
  'createActions',
  'SyncEngine',
  'Guard',
  'MoveRecovery',
]);

/** Its desks run in child processes, on the platforms `proof/chaos/world.ts` starts. */
const EXEMPT = new Set(['proof/chaos.int.test.ts']);

/** What in a test file's code (comments and strings aside) goes around the harness. */
export function setupProblems(source: string): string[] {
  const problems: string[] = [];
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ true);
  scanner.setText(source);
  let usesHarness = false;
  let previous = ts.SyntaxKind.Unknown;
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    const text = scanner.getTokenValue();
    if (token === ts.SyntaxKind.Identifier && BUILT_BY_THE_HARNESS.has(text)) {
      // `SyncEngine` and its kin may be named as types; building one is `new`.
      const constructed = /^[A-Z]/.test(text);
      if (!constructed || previous === ts.SyntaxKind.NewKeyword) problems.push(text);
    }
    if (token === ts.SyntaxKind.StringLiteral && previous === ts.SyntaxKind.FromKeyword) {
      if (/(^|\/)testing\/harness$/.test(text)) usesHarness = true;
      else if (/(^|\/)testing$/.test(text)) problems.push(`import from '${text}'`);
    }
    previous = token;
  }
  if (!usesHarness) problems.push('no import from testing/harness');
  return problems;
}

const integrationTests = (readdirSync(ELECTRON, { recursive: true }) as string[])
  .map((file) => file.split(path.sep).join('/'))
  .filter((file) => file.endsWith('.int.test.ts') && !EXEMPT.has(file))
  .sort();

describe('the integration tests', () => {
  it('are found', () => {
    expect(integrationTests.length).toBeGreaterThan(20);
  });

  it.each(integrationTests)('%s sets itself up through the harness', (file) => {
    expect(setupProblems(readFileSync(path.join(ELECTRON, file), 'utf8'))).toEqual([]);
  });

  it('would be caught starting a simulator or building a client themselves', () => {
    const planted = `
      import { startDocfavSimulator } from '../../simulators/docfav';
      import { createPc } from './testing';
      import { SyncEngine } from '../sync/engine';
      const engine = new SyncEngine({});
      const client = createDoctenaClient({});
      // A comment may say startDoctenaSimulator; a string may too:
      const note = 'createServices';
    `;
    expect(setupProblems(planted)).toEqual([
      'startDocfavSimulator',
      "import from './testing'",
      'SyncEngine',
      'createDoctenaClient',
      'no import from testing/harness',
    ]);
    const clean = `
      import type { SyncEngine } from './engine';
      import { startHarness } from '../testing/harness';
      let engine: SyncEngine;
    `;
    expect(setupProblems(clean)).toEqual([]);
  });
});

describe('the harness', () => {
  let h: Harness | undefined;
  afterEach(async () => {
    await h?.close();
  });

  it('runs both simulators and what it builds on one clock', async () => {
    h = await startHarness();
    const later = new Date('2026-11-25T12:00:00Z');
    h.setNow(later);
    // Doctena dates its answers by its clock.
    const answer = await fetch(`${h.doctena.baseUrl}/calendars`);
    expect(answer.headers.get('date')).toBe(later.toUTCString());
    expect(h.docfav.store.now()).toEqual(later);
    expect(h.services().services.now()).toEqual(later);
  });

  it('stops everything it built and closes the simulators with one close', async () => {
    h = await startHarness();
    const stops = [
      vi.spyOn(h.engine, 'stop'),
      vi.spyOn(h.syncEngine(), 'stop'),
      vi.spyOn(h.pc().guard, 'stop'),
      vi.spyOn(h.services(), 'stop'),
    ];
    const { baseUrl } = h.doctena;
    await h.close();
    h = undefined;
    for (const stop of stops) expect(stop).toHaveBeenCalled();
    await expect(fetch(`${baseUrl}/calendars`)).rejects.toThrow();
  });

  it('lets a second desk share the simulators, and leaves them open when it closes', async () => {
    h = await startHarness();
    const second = await startHarness({ sharedWith: h });
    expect(second.docfav).toBe(h.docfav);
    second.setNow(new Date(h.now().getTime() + 60_000));
    expect(h.now()).not.toEqual(second.now());
    await second.close();
    expect((await fetch(`${h.doctena.baseUrl}/calendars`)).status).toBe(401);
  });
});
