import fc from 'fast-check';

/**
 * Hostile values for the IPC fuzzer. Everything here is something one of the real transports can
 * deliver: Electron's IPC uses the structured clone algorithm (Dates, Maps, Sets, typed arrays,
 * BigInt, NaN survive it), the web bridge JSON.parse (which turns `__proto__` into an own key).
 * Getters and proxies cannot cross either, so they are left out.
 */

/** A needle that must never come back in an error: values are never echoed (patient data). */
export const MARKER = 'Qz7EchoMarker';

/** 1 MiB and a bit: far over every string limit in the contract. */
export const HUGE = `${MARKER}${'x'.repeat(1 << 20)}`;

function nest(depth: number, wrap: (inner: unknown) => unknown): unknown {
  let value: unknown = MARKER;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
}

// Deep enough to blow a naive recursive walker's stack budget, shallow enough to build fast.
export const DEEP_OBJECT = nest(5_000, (inner) => ({ a: inner }));
export const DEEP_ARRAY = nest(5_000, (inner) => [inner]);

/** Built the way the web bridge builds them: `__proto__` and friends as own keys. */
export const POLLUTERS: readonly string[] = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '{"__proto__":{"toString":"polluted","valueOf":"polluted"}}',
  '{"__proto__":[1,2,3]}',
];
export const pollutingObject = fc.constantFrom(...POLLUTERS).map((s) => JSON.parse(s) as unknown);

/** Instants that are not `z.iso.datetime({ offset: true })`, or are but mean nonsense. */
export const BAD_DATES: readonly unknown[] = [
  '',
  '2026-11-24',
  '2026-11-24T09:00:00',
  '2026-11-24 09:00:00Z',
  '24.11.2026 09:00',
  '11/24/2026',
  'Tue, 24 Nov 2026 09:00:00 GMT',
  '2026-W48-2',
  '2026-13-01T00:00:00Z',
  '2026-02-30T00:00:00Z',
  '2026-11-24T25:00:00Z',
  '2026-11-24T09:60:00Z',
  '2026-11-24T09:00:00+25:00',
  '2026-11-24T09:00:00.Z',
  '+275760-09-13T00:00:00Z',
  '-000001-01-01T00:00:00Z',
  // Well-formed, but outside what a write may carry (one year back to five ahead).
  '0000-01-01T00:00:00Z',
  '0001-01-01T00:00:00Z',
  '1970-01-01T00:00:00Z',
  '2099-12-31T23:00:00Z',
  'NaN',
  'Infinity',
  'now',
  `2026-11-24T09:00:00Z${MARKER}`,
  '1795510800000',
  1795510800000,
  new Date('2026-11-24T09:00:00Z'),
  new Date(Number.NaN),
];

const WEIRD_STRINGS: readonly string[] = [
  ' ',
  '\u0000',
  `a\u0000${MARKER}`,
  '\u202e\u200b',
  '../../../../etc/passwd',
  '%2e%2e%2f%2e%2e%2f',
  '?updated=1970-01-01T00:00:00Z',
  '#fragment',
  "'; DROP TABLE bookings; --",
  '<img src=x onerror=alert(1)>',
  '${process.exit()}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  `${MARKER} Erika Musterfrau +49 30 5550199`,
];

const SPECIAL_NUMBERS: readonly number[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  -1,
  0.5,
  1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER,
];

const STRUCTURED: readonly (() => unknown)[] = [
  () => new Map([['from', '2026-11-24T09:00:00Z']]),
  () => new Set([MARKER]),
  () => new Uint8Array([1, 2, 3]),
  () => new ArrayBuffer(8),
  () => /x/g,
  () => 10n ** 30n,
  () => Object.create(null) as unknown,
  // A sparse array: holes are not undefined elements to every parser.
  () => {
    const sparse: unknown[] = new Array(3);
    sparse[2] = MARKER;
    return sparse;
  },
];

/** One hostile value of any shape. */
export const badValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: fc.constantFrom<unknown>(null, undefined, true, false, [], {}, [{}]), weight: 3 },
  { arbitrary: fc.constantFrom(...SPECIAL_NUMBERS), weight: 3 },
  { arbitrary: fc.constantFrom(...WEIRD_STRINGS), weight: 3 },
  { arbitrary: fc.constantFrom<unknown>(HUGE, DEEP_OBJECT, DEEP_ARRAY), weight: 3 },
  { arbitrary: fc.constantFrom(...BAD_DATES), weight: 3 },
  { arbitrary: fc.constantFrom(...STRUCTURED).map((make) => make()), weight: 2 },
  { arbitrary: pollutingObject, weight: 2 },
  { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
  { arbitrary: fc.integer(), weight: 1 },
  { arbitrary: fc.double(), weight: 1 },
  {
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
    }),
    weight: 3,
  },
);

/** Keys to add to an otherwise valid object. */
export const extraKey = fc.constantFrom(
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'extra',
  'apiKey',
  'password',
  'accounts',
  '',
  '0',
);

type Path = (string | number)[];

/** Every place in a (JSON-like) value that a mutation can aim at, the root included. */
function paths(value: unknown, prefix: Path = [], depth = 0): Path[] {
  const out: Path[] = [prefix];
  if (depth >= 4 || value === null || typeof value !== 'object') return out;
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : Object.entries(value as Record<string, unknown>);
  for (const [key, child] of entries) out.push(...paths(child, [...prefix, key], depth + 1));
  return out;
}

function nodeAt(root: unknown, path: Path): Record<string | number, unknown> | undefined {
  let node: unknown = root;
  for (const key of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[key];
  }
  return node !== null && typeof node === 'object'
    ? (node as Record<string | number, unknown>)
    : undefined;
}

/** Defines an own, enumerable key the way JSON.parse does, even for `__proto__`. */
function defineOwn(target: object, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
}

export type Mutation =
  | { kind: 'replace'; at: number; value: unknown }
  | { kind: 'remove'; at: number }
  | { kind: 'add-key'; at: number; key: string; value: unknown }
  | { kind: 'wrap-in-array' }
  | { kind: 'whole'; value: unknown };

export const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    arbitrary: fc.record({ kind: fc.constant('replace'), at: fc.nat(), value: badValue }),
    weight: 6,
  },
  { arbitrary: fc.record({ kind: fc.constant('remove'), at: fc.nat() }), weight: 2 },
  {
    arbitrary: fc.record({
      kind: fc.constant('add-key'),
      at: fc.nat(),
      key: extraKey,
      value: fc.oneof(badValue, pollutingObject),
    }),
    weight: 3,
  },
  { arbitrary: fc.record({ kind: fc.constant('wrap-in-array') }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('whole'), value: badValue }), weight: 2 },
) as fc.Arbitrary<Mutation>;

/** A valid input with one thing broken (it may, by chance, still be valid: the schema decides). */
export function mutate(valid: unknown, m: Mutation): unknown {
  if (m.kind === 'whole') return m.value;
  if (m.kind === 'wrap-in-array') return [valid];
  const root = structuredClone(valid);
  const all = paths(root);
  if (m.kind === 'add-key') {
    const objects = all.filter((p) => {
      const node = nodeAt(root, p);
      return node !== undefined && !Array.isArray(node);
    });
    const chosen = objects[m.at % Math.max(1, objects.length)];
    const target = chosen && nodeAt(root, chosen);
    if (target) defineOwn(target, m.key, m.value);
    return root;
  }
  const inner = all.filter((p) => p.length > 0);
  if (inner.length === 0) return m.kind === 'replace' ? m.value : root;
  const path = inner[m.at % inner.length] ?? [];
  const parent = nodeAt(root, path.slice(0, -1));
  const key = path[path.length - 1];
  if (!parent || key === undefined) return root;
  if (m.kind === 'remove') {
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else Reflect.deleteProperty(parent, key);
  } else {
    defineOwn(parent, key, m.value);
  }
  return root;
}

// Snapshots of the shared prototypes, descriptor by descriptor, taken when this module loads.
const PROTOTYPES: readonly object[] = [
  Object.prototype,
  Array.prototype,
  Function.prototype,
  String.prototype,
];
const snapshot = (proto: object) =>
  new Map(
    Reflect.ownKeys(proto).map((key) => {
      const d = Object.getOwnPropertyDescriptor(proto, key);
      return [key, d?.value ?? d?.get] as const;
    }),
  );
const ORIGINAL = PROTOTYPES.map(snapshot);

/** True when nothing was added to or replaced on the prototypes every value inherits from. */
export function prototypesClean(): boolean {
  const probe = {} as Record<string, unknown>;
  if (probe.polluted !== undefined || ([] as unknown as Record<string, unknown>).polluted) {
    return false;
  }
  return PROTOTYPES.every((proto, i) => {
    const now = snapshot(proto);
    const before = ORIGINAL[i];
    return (
      before !== undefined &&
      now.size === before.size &&
      [...now].every(([key, value]) => before.get(key) === value)
    );
  });
}
