import type { ChannelOutput } from '../../../shared/contract';
import type { Language, Settings, SettingsPatch } from '../../../shared/settings';
import type { MessageKey } from '../../../shared/i18n/keys';

export type StoredSettings = ChannelOutput<'settings:get'>;
export type SlotMinutes = Settings['slotMinutes'];
export const SLOT_MINUTES: readonly SlotMinutes[] = [5, 10, 15, 20, 30];
export const POLL_BOUNDS = { min: 30, max: 3600 } as const;

/** The settings form as typed: the poll interval stays text until it is saved. */
export interface Draft {
  language: Language | null;
  pollIntervalSeconds: string;
  notifyPatientDefault: boolean;
  showCancelled: boolean;
  weekStartDay: number;
  workStart: string;
  workEnd: string;
  slotMinutes: SlotMinutes;
  desktopNotifications: boolean;
  launchAtLogin: boolean;
}

export type DraftErrors = Partial<Record<'pollIntervalSeconds' | 'workEnd', MessageKey>>;

export function toDraft(settings: StoredSettings): Draft {
  return {
    language: settings.language,
    pollIntervalSeconds: String(settings.pollIntervalSeconds),
    notifyPatientDefault: settings.notifyPatientDefault,
    showCancelled: settings.showCancelled,
    weekStartDay: settings.weekStartDay,
    workStart: settings.workingHours.start,
    workEnd: settings.workingHours.end,
    slotMinutes: settings.slotMinutes,
    desktopNotifications: settings.desktopNotifications,
    launchAtLogin: settings.launchAtLogin,
  };
}

/**
 * What can be told before asking the main process (which checks again and has the last word):
 * the poll interval's bounds, and working hours that end after they start.
 */
export function validate(draft: Draft): DraftErrors {
  const errors: DraftErrors = {};
  const seconds = Number(draft.pollIntervalSeconds.trim());
  if (
    draft.pollIntervalSeconds.trim() === '' ||
    !Number.isInteger(seconds) ||
    seconds < POLL_BOUNDS.min ||
    seconds > POLL_BOUNDS.max
  ) {
    errors.pollIntervalSeconds = 'settings.pollIntervalInvalid';
  }
  // HH:MM strings compare like the times they are.
  if (!draft.workStart || !draft.workEnd || draft.workEnd <= draft.workStart) {
    errors.workEnd = 'settings.workingHoursInvalid';
  }
  return errors;
}

export function toPatch(draft: Draft): SettingsPatch {
  return {
    language: draft.language,
    pollIntervalSeconds: Number(draft.pollIntervalSeconds.trim()),
    notifyPatientDefault: draft.notifyPatientDefault,
    showCancelled: draft.showCancelled,
    weekStartDay: draft.weekStartDay,
    workingHours: { start: draft.workStart, end: draft.workEnd },
    slotMinutes: draft.slotMinutes,
    desktopNotifications: draft.desktopNotifications,
    launchAtLogin: draft.launchAtLogin,
  };
}

export type SetDraft = <K extends keyof Draft>(key: K, value: Draft[K]) => void;
