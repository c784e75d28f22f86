/**
 * Fault injection for the simulators. A rule matches a method and a path pattern and makes the
 * response fail in one of the ways real vendor APIs fail. Rules come from tests (in process), from
 * the `/__sim/faults` control route (other processes, e.g. e2e), or from FRONTDESK_SIM_FAULTS.
 */

export const FAULT_KINDS = [
  '429',
  '500',
  '503',
  'hang',
  'drop',
  'malformed-json',
  'delay',
] as const;
export type FaultKind = (typeof FAULT_KINDS)[number];

export interface FaultRule {
  /** HTTP method, or '*' for any. */
  method: string;
  /** Path pattern: `*` matches one segment, a trailing `/**` any rest. Query strings are ignored. */
  path: string;
  kind: FaultKind;
  /** How many requests fail before the rule is used up; Infinity when absent. */
  times?: number;
  /** For 429: the Retry-After seconds to send. */
  retryAfterSeconds?: number;
  /** For delay: how long to wait before handling the request normally (a slow platform). */
  delayMs?: number;
}

interface LiveRule extends FaultRule {
  remaining: number;
  pattern: RegExp;
}

export function pathPattern(path: string): RegExp {
  const escaped = path
    .split('/')
    .map((seg) => {
      if (seg === '**') return '.*';
      if (seg === '*') return '[^/]+';
      return seg.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('/');
  return new RegExp(`^${escaped.replace(/\/\.\*$/, '(?:/.*)?')}/?$`);
}

export class FaultInjector {
  private rules: LiveRule[] = [];
  /** Counts of faults served, so soak tests can report them. */
  readonly served: Record<FaultKind, number> = {
    '429': 0,
    '500': 0,
    '503': 0,
    hang: 0,
    drop: 0,
    'malformed-json': 0,
    delay: 0,
  };

  add(rule: FaultRule): void {
    if (!FAULT_KINDS.includes(rule.kind))
      throw new Error(`unknown fault kind ${String(rule.kind)}`);
    this.rules.push({
      ...rule,
      method: rule.method.toUpperCase(),
      remaining: rule.times ?? Infinity,
      pattern: pathPattern(rule.path),
    });
  }

  clear(): void {
    this.rules = [];
  }

  list(): FaultRule[] {
    return this.rules.map(({ method, path, kind, remaining, retryAfterSeconds, delayMs }) => ({
      method,
      path,
      kind,
      times: remaining,
      ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }),
      ...(delayMs === undefined ? {} : { delayMs }),
    }));
  }

  /** Returns the fault to serve for this request, consuming one use of its rule. */
  take(method: string, pathname: string): FaultRule | undefined {
    const rule = this.rules.find(
      (r) =>
        r.remaining > 0 &&
        (r.method === '*' || r.method === method.toUpperCase()) &&
        r.pattern.test(pathname),
    );
    if (!rule) return undefined;
    rule.remaining -= 1;
    this.served[rule.kind] += 1;
    return rule;
  }

  // Parses FRONTDESK_SIM_FAULTS: `METHOD PATH=KIND[xTIMES]` entries separated by `;`, for example
  // `GET /calendars/*/bookings=500x2;* /**=hang`.
  static parse(spec: string | undefined): FaultRule[] {
    if (!spec) return [];
    return spec
      .split(';')
      .map((s) => s.trim())
      .filter(Boolean)
      .map((entry) => {
        const m = /^(\S+)\s+(\S+)=([\w-]+?)(?:x(\d+))?$/.exec(entry);
        if (!m) throw new Error(`FRONTDESK_SIM_FAULTS: cannot read "${entry}"`);
        const [, method = '*', path = '/**', kind = '', times] = m;
        if (!(FAULT_KINDS as readonly string[]).includes(kind)) {
          throw new Error(`FRONTDESK_SIM_FAULTS: unknown fault kind "${kind}"`);
        }
        return {
          method,
          path,
          kind: kind as FaultKind,
          ...(times ? { times: Number(times) } : {}),
        };
      });
  }
}
