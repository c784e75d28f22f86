import { spawn, type ChildProcessByStdio } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import type { IpcResult } from '../../../shared/contract';
import type { DeskReply } from './protocol';

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Bundles the desk (the app's main-process code) into one file, as the Electron build does with
 * the same esbuild: a restart then takes a fraction of a second instead of a TypeScript compile.
 */
export async function bundleDesk(folder: string): Promise<string> {
  const outfile = path.join(folder, 'desk.mjs');
  await build({
    entryPoints: [path.join(here, 'desk.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    logLevel: 'warning',
    // Bundled CommonJS dependencies may still call require().
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}
/** Kept per desk, across restarts, to show when a run fails. */
const LOG_LINES = 400;

/** What a request to a desk came to: its IPC answer, or the desk died before answering. */
export type DeskOutcome = IpcResult | { ok: false; killed: true };

export interface DeskProcessOptions {
  name: string;
  /** The bundled desk (see bundleDesk). */
  entry: string;
  env: NodeJS.ProcessEnv;
  /** How long a start may take before the run is abandoned (a loaded machine is slow). */
  startTimeoutMs: number;
  /** How long one request may take before the desk counts as stuck. */
  requestTimeoutMs: number;
}

/**
 * The driver's end of one desk: spawns the bundled desk.ts, sends IPC requests as JSON
 * lines, kills it with SIGKILL and starts it again with the same environment (and so the same
 * journal folder), like a PC that lost power and was switched back on.
 */
export class DeskProcess {
  private child: ChildProcessByStdio<Writable, Readable, Readable> | null = null;
  private exited: Promise<void> = Promise.resolve();
  private nextId = 1;
  private readonly pending = new Map<number, (outcome: DeskOutcome) => void>();
  readonly log: string[] = [];
  starts = 0;

  constructor(private readonly options: DeskProcessOptions) {}

  get name(): string {
    return this.options.name;
  }

  get alive(): boolean {
    return this.child !== null;
  }

  async start(): Promise<void> {
    if (this.child) return;
    this.starts += 1;
    const child = spawn(process.execPath, [this.options.entry], {
      env: { ...process.env, ...this.options.env, CHAOS_DESK: this.options.name },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    this.child = child;
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    createInterface({ input: child.stderr }).on('line', (line) => this.remember(line));
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(new Error(`${this.name} did not start within ${this.options.startTimeoutMs} ms`)),
        this.options.startTimeoutMs,
      );
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        const tail = this.log.slice(-5).join('\n');
        reject(new Error(`${this.name} exited while starting (${code ?? signal})\n${tail}`));
      });
      createInterface({ input: child.stdout }).on('line', (line) => {
        const reply = parse(line);
        if (!reply) return this.remember(`stdout: ${line}`);
        if (reply.type === 'ready') {
          clearTimeout(timer);
          resolve();
        } else this.settle(reply.id, reply.result);
      });
    });
    child.once('exit', () => {
      if (this.child === child) this.child = null;
      // Whatever was still on its way will never be answered by this process.
      for (const [id] of this.pending) this.settle(id, { ok: false, killed: true });
    });
    await ready;
  }

  /** One IPC call through the desk's real dispatch. */
  request(channel: string, input: unknown): Promise<DeskOutcome> {
    const child = this.child;
    if (!child) return Promise.resolve({ ok: false, killed: true });
    const id = this.nextId++;
    return new Promise<DeskOutcome>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(
          new Error(
            `${this.name}: ${channel} unanswered after ${this.options.requestTimeoutMs} ms`,
          ),
        );
      }, this.options.requestTimeoutMs);
      this.pending.set(id, (outcome) => {
        clearTimeout(timer);
        resolve(outcome);
      });
      child.stdin.write(JSON.stringify({ id, channel, input }) + '\n');
    });
  }

  /** Power off: SIGKILL, and resolves once the process is gone. */
  async kill(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.remember('--- SIGKILL ---');
    child.kill('SIGKILL');
    await this.exited;
  }

  /** A clean shutdown (stdin closed), with SIGKILL as the fallback. */
  async stop(graceMs = 5_000): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.stdin.end();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    await this.exited;
    clearTimeout(timer);
  }

  private settle(id: number, outcome: DeskOutcome): void {
    const done = this.pending.get(id);
    this.pending.delete(id);
    done?.(outcome);
  }

  private remember(line: string): void {
    this.log.push(line);
    if (this.log.length > LOG_LINES) this.log.splice(0, this.log.length - LOG_LINES);
  }
}

function parse(line: string): DeskReply | undefined {
  try {
    const value = JSON.parse(line) as DeskReply;
    return value.type === 'ready' || value.type === 'reply' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** The last `n` log lines, a message repeated back to back shown once (with a count). */
export function logTail(lines: readonly string[], n: number): string[] {
  const out: { text: string; msg: string; times: number }[] = [];
  for (const text of lines) {
    const msg = /"msg":"([^"]*)"/.exec(text)?.[1] ?? text;
    const last = out[out.length - 1];
    if (last && last.msg === msg) last.times += 1;
    else out.push({ text, msg, times: 1 });
  }
  return out.slice(-n).map((l) => (l.times > 1 ? `${l.text} (×${l.times})` : l.text));
}
