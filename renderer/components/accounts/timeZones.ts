/** The zone this computer is in: the usual practice time zone. */
export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Europe/Berlin';
}

/**
 * Every zone the runtime knows, plus `current` when the list lacks it (aliases such as UTC are
 * valid but not listed, and an account may already use one).
 */
export function timeZoneOptions(current: string): string[] {
  const zones = Intl.supportedValuesOf('timeZone');
  return zones.includes(current) ? zones : [current, ...zones];
}
