import { z } from 'zod';
import { BaseUrl } from './base-url';

/**
 * Everything a user can change, validated on load. Secrets are not here: they live in the
 * SecretStore, keyed by account id.
 */

export const LANGUAGES = ['en', 'de', 'fr', 'nl', 'es'] as const;
export const Language = z.enum(LANGUAGES);
export type Language = z.infer<typeof Language>;

/** An IANA zone name such as Europe/Berlin; checked against the runtime's zone database. */
export const TimeZone = z
  .string()
  .min(1)
  .max(64)
  .refine((tz) => {
    try {
      new Intl.DateTimeFormat('en', { timeZone: tz });
      return true;
    } catch {
      return false;
    }
  }, 'unknown time zone');

/** The longest name an account may carry; names taken from vendor text are cut to it. */
export const LABEL_MAX = 200;
export const MAX_ACCOUNTS = 50;
export const MAX_GUARD_MAPPINGS = 100;

/**
 * A label made from vendor text (a practice or clinic name, a login) that always fits: one line,
 * cut with an ellipsis, and a suffix such as " (Doctena)" kept whole.
 */
export function capLabel(text: string, suffix = ''): string {
  const line = text.replace(/\s+/g, ' ').trim();
  const room = LABEL_MAX - suffix.length;
  if (line.length <= room) return line + suffix;
  let cut = line.slice(0, room - 1);
  // Never leave half of a surrogate pair (an emoji in a practice name) at the end.
  if (/[\uD800-\uDBFF]$/.test(cut)) cut = cut.slice(0, -1);
  return `${cut.trimEnd()}…${suffix}`;
}

const Label = z.string().max(LABEL_MAX);

/** A colour as the colour picker gives it: #rrggbb. */
export const HexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'expected #rrggbb');
/** Calendar keys (`accountId|calendarId`) the practice gave its own colour; more than any has. */
export const MAX_CALENDAR_COLOURS = 200;

const HourMinute = z.string().regex(/^([01]\d|2[0-4]):[0-5]\d$/, 'expected HH:MM');

export const DoctenaAccount = z.object({
  id: z.string().min(1).max(64),
  vendor: z.literal('doctena'),
  label: Label,
  /** Checked at load too: a stored `file:` or remote `http:` address drops its account. */
  baseUrl: BaseUrl,
  /** The login is not secret (it is an e-mail address); the password is in the SecretStore. */
  login: z.string().min(1).max(320),
  /** Doctena states no zone; its timeblocks are wall-clock times in this one. */
  timezone: TimeZone,
});
export type DoctenaAccount = z.infer<typeof DoctenaAccount>;

export const DocfavAccount = z.object({
  id: z.string().min(1).max(64),
  vendor: z.literal('docfav'),
  label: Label,
  /** Checked at load too: a stored `file:` or remote `http:` address drops its account. */
  baseUrl: BaseUrl,
  /** Clinics chosen by the user; empty means every clinic the key can see. */
  clinicIds: z.array(z.string().max(64)).max(100),
});
export type DocfavAccount = z.infer<typeof DocfavAccount>;

export const Account = z.discriminatedUnion('vendor', [DoctenaAccount, DocfavAccount]);
export type Account = z.infer<typeof Account>;

/** One practitioner on both platforms: a Docfav staff calendar and a Doctena calendar. */
export const GuardMapping = z.object({
  docfav: z.object({ accountId: z.string().max(64), calendarId: z.string().max(128) }),
  doctena: z.object({ accountId: z.string().max(64), calendarId: z.string().max(128) }),
  /** The guard is on or off per mapping. */
  enabled: z.boolean(),
});
export type GuardMapping = z.infer<typeof GuardMapping>;

export const GuardSettings = z.object({
  mappings: z.array(GuardMapping).max(MAX_GUARD_MAPPINGS),
  /** How far ahead Docfav appointments are mirrored into Doctena. */
  weeksAhead: z.number().int().min(1).max(26),
  /** Mirror Docfav time reservations and day offs too, not only appointments. */
  mirrorReservations: z.boolean(),
});
export type GuardSettings = z.infer<typeof GuardSettings>;

export const Settings = z.object({
  language: Language.nullable(),
  /** Bounded below so that polling alone can never spend Docfav's hourly budget. */
  pollIntervalSeconds: z.number().int().min(30).max(3600),
  notifyPatientDefault: z.boolean(),
  showCancelled: z.boolean(),
  weekStartDay: z.number().int().min(0).max(6),
  workingHours: z.object({ start: HourMinute, end: HourMinute }),
  slotMinutes: z.union([z.literal(5), z.literal(10), z.literal(15), z.literal(20), z.literal(30)]),
  desktopNotifications: z.boolean(),
  launchAtLogin: z.boolean(),
  /** Show the demo practice while no account is connected; off once the user leaves it. */
  demoWhenEmpty: z.boolean(),
  guard: GuardSettings,
  /** Colours the practice chose, by calendar key; the others keep their colour from the id. */
  calendarColours: z
    .record(z.string().min(1).max(200), HexColour)
    .refine((map) => Object.keys(map).length <= MAX_CALENDAR_COLOURS, 'too many calendar colours'),
  /** Fill Docfav appointments with their service's colour; the calendar's stays as the stripe. */
  serviceColours: z.boolean(),
  accounts: z.array(Account).max(MAX_ACCOUNTS),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = {
  language: null,
  pollIntervalSeconds: 60,
  notifyPatientDefault: true,
  showCancelled: false,
  weekStartDay: 1,
  workingHours: { start: '07:00', end: '20:00' },
  slotMinutes: 15,
  desktopNotifications: true,
  launchAtLogin: false,
  demoWhenEmpty: true,
  guard: { mappings: [], weeksAhead: 8, mirrorReservations: false },
  calendarColours: {},
  serviceColours: false,
  accounts: [],
};

/** What the renderer may change through settings:update. Accounts have their own channels. */
export const SettingsPatch = Settings.omit({ accounts: true, demoWhenEmpty: true })
  .partial()
  .strict();
export type SettingsPatch = z.infer<typeof SettingsPatch>;
