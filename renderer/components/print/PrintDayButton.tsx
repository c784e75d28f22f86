import { useState } from 'react';
import { flushSync } from 'react-dom';
import type { CalendarData } from '../../../shared/contract';
import { usePrintDaySheet, type PrintOutcome } from '../../api/print';
import { useI18n } from '../../i18n';
import { useToasts } from '../actions/Toasts';
import { DaySheet } from './DaySheet';
import { PrintDayDialog, type PrintChoice } from './PrintDayDialog';
import { buildDaySheet, localDay } from './daySheet';
import { useDayData } from './useDayData';

interface Props {
  /** The calendar on screen and the range it covers: a day inside it prints from it. */
  data: CalendarData | undefined;
  shown: { start: Date; end: Date } | null;
}

/** The day the dialog starts on: today when it is on screen, else the first day shown. */
function shownDay(shown: Props['shown']): string {
  const now = new Date();
  if (!shown || (now >= shown.start && now < shown.end)) return localDay(now);
  return localDay(shown.start);
}

/**
 * "Print day": a day and a practitioner (or all), then the day sheet on paper or as a PDF. The
 * sheet is mounted only while printing; in the browser it goes when the print dialog closes.
 */
export function PrintDayButton({ data, shown }: Props) {
  const { t } = useI18n();
  const toasts = useToasts();
  const print = usePrintDaySheet();
  const [choice, setChoice] = useState<PrintChoice | null>(null);
  const [printing, setPrinting] = useState<PrintChoice | null>(null);
  const day = useDayData(choice?.day ?? printing?.day ?? null, data, shown);

  const finish = (outcome: PrintOutcome) => {
    setPrinting(null);
    if (outcome === 'saved') toasts.show({ kind: 'success', text: t('print.saved') });
    if (outcome === 'failed') toasts.show({ kind: 'error', text: t('print.failed') });
  };

  const start = (job: PrintChoice, output: 'paper' | 'pdf') => {
    // The sheet must be in the page before Electron or the browser takes it.
    flushSync(() => {
      setChoice(null);
      setPrinting(job);
    });
    print.mutate(
      { output, day: job.day },
      {
        onSuccess: (outcome) => {
          if (outcome !== 'unsupported') return finish(outcome);
          window.addEventListener('afterprint', () => finish('printed'), { once: true });
          window.print();
        },
        onError: () => finish('failed'),
      },
    );
  };

  return (
    <>
      <button
        type="button"
        className="print-day"
        onClick={() => setChoice({ day: shownDay(shown), only: null })}
        // Enabled while printing too: focus comes back here when the dialog closes.
        disabled={!data || data.calendars.length === 0}
        aria-haspopup="dialog"
        aria-label={t('print.open')}
        title={t('print.open')}
      >
        <svg viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path
            fill="currentColor"
            d="M7 3h10v4H7zM5 8h14a2 2 0 0 1 2 2v6h-4v4H7v-4H3v-6a2 2 0 0 1 2-2zm4 7v3h6v-3zm8-4a1 1 0 1 0 0 2 1 1 0 0 0 0-2z"
          />
        </svg>
      </button>
      {choice && (
        <PrintDayDialog
          calendars={data?.calendars ?? []}
          choice={choice}
          loading={day.loading}
          onChange={setChoice}
          onPrint={(output) => start(choice, output)}
          onClose={() => setChoice(null)}
        />
      )}
      {printing && day.data && (
        <DaySheet
          day={printing.day}
          sections={buildDaySheet(day.data.events, day.data.calendars, printing.day, printing.only)}
        />
      )}
    </>
  );
}
