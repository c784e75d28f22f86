import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * `npm run typecheck` checks each process with its own types (tsconfig.<name>.json). These tests
 * compile a probe file, as if it lived in the project's folder, together with the project's real
 * files and options: a Node type reaching the renderer through some import would show up here.
 */

const ROOT = resolve(import.meta.dirname, '..');
const PROJECTS = ['main', 'preload', 'renderer', 'shared', 'tools'] as const;
type Project = (typeof PROJECTS)[number];

function parse(project: Project): ts.ParsedCommandLine {
  const host: ts.ParseConfigFileHost = {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  };
  const parsed = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, `tsconfig.${project}.json`),
    {},
    host,
  );
  if (!parsed) throw new Error(`tsconfig.${project}.json did not parse`);
  return parsed;
}

/** Error codes tsc reports for the probe, which sits at `<dir>/__typecheck_probe__.ts`. */
function probeErrors(project: Project, dir: string, source: string): number[] {
  const parsed = parse(project);
  const probe = join(ROOT, dir, '__typecheck_probe__.ts');
  const options: ts.CompilerOptions = { ...parsed.options, noEmit: true, composite: false };
  const host = ts.createCompilerHost(options);
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (file, language, onError) =>
    resolve(file) === probe
      ? ts.createSourceFile(file, source, language, true)
      : getSourceFile(file, language, onError);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (file) => resolve(file) === probe || fileExists(file);
  const program = ts.createProgram({ rootNames: [...parsed.fileNames, probe], options, host });
  const file = program.getSourceFile(probe);
  if (!file) throw new Error('probe not in program');
  return [...program.getSyntacticDiagnostics(file), ...program.getSemanticDiagnostics(file)].map(
    (d) => d.code,
  );
}

const CANNOT_FIND_MODULE = 2307;
// "Cannot find name 'process'. Do you need to install type definitions for node?" (2580), or the
// same advising to add 'node' to `types` (2591).
const NEEDS_NODE_TYPES = [2580, 2591];
// "Cannot find name 'window'" (2304), with a "did you mean" (2552) or "change your lib" (2584).
const CANNOT_FIND_NAME = [2304, 2552, 2584];

describe('each process is type-checked with its own environment', () => {
  it('refuses Node in the renderer, and still has the DOM there', () => {
    expect(probeErrors('renderer', 'renderer', "import { readFileSync } from 'fs';\n")).toContain(
      CANNOT_FIND_MODULE,
    );
    const env = probeErrors('renderer', 'renderer', 'export const env = process.env;\n');
    expect(env.some((code) => NEEDS_NODE_TYPES.includes(code))).toBe(true);
    expect(probeErrors('renderer', 'renderer', 'export const t = document.title;\n')).toEqual([]);
  });

  it('refuses both the DOM and Node in shared code', () => {
    const win = probeErrors('shared', 'shared', 'export const w = window.innerWidth;\n');
    expect(win.some((code) => CANNOT_FIND_NAME.includes(code))).toBe(true);
    const buffer = probeErrors('shared', 'shared', "export const b = Buffer.from('x');\n");
    expect(buffer.some((code) => NEEDS_NODE_TYPES.includes(code))).toBe(true);
    // What both runtimes provide stays usable.
    expect(
      probeErrors('shared', 'shared', "export const u = new URL('https://a.b').hostname;\n"),
    ).toEqual([]);
  });

  it('gives the main process Node and no DOM', () => {
    const node =
      "import { readFileSync } from 'fs';\nexport const f = [readFileSync, process.pid];\n";
    expect(probeErrors('main', 'electron', node)).toEqual([]);
    const dom = probeErrors('main', 'electron', 'export const t = document.title;\n');
    expect(dom.some((code) => CANNOT_FIND_NAME.includes(code))).toBe(true);
  });

  it('leaves no TypeScript file outside every project', () => {
    const covered = new Set(PROJECTS.flatMap((p) => parse(p).fileNames.map((f) => resolve(f))));
    const skip = new Set(['node_modules', 'dist', 'dist-electron', 'release', 'test-results']);
    const missing: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        if (skip.has(entry.name) || entry.name.startsWith('.')) continue;
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.tsx?$/.test(entry.name) && !covered.has(path)) missing.push(path);
      }
    };
    walk(ROOT);
    expect(missing).toEqual([]);
  });
});
