import { createPortal } from 'react-dom';
import { timeRange } from '../../calendar/format';
import { intlLocale } from '../../calendar/locales';
import { useI18n } from '../../i18n';
import { dayBounds, type SheetSection } from './daySheet';
import './print.css';

/**
 * The paper fallback of a day: one table per practitioner, each on its own A4 page. Rendered
 * beside the app and shown only to print media (print.css), so printing it prints nothing else.
 */
export function DaySheet({ day, sections }: { day: string; sections: readonly SheetSection[] }) {
  const { t, language } = useI18n();
  const locale = intlLocale[language];
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'full' }).format(dayBounds(day).start);
  const heading = t('print.heading', { date });
  return createPortal(
    <div className="day-sheet" data-testid="day-sheet">
      {sections.length === 0 && (
        <section className="day-sheet-page">
          <h1>{heading}</h1>
          <p>{t('print.empty')}</p>
        </section>
      )}
      {sections.map((section) => (
        <section key={section.key} className="day-sheet-page">
          <h1>{heading}</h1>
          <h2>
            {section.practitioner}
            <span className="day-sheet-count">
              {t('print.count', { count: section.rows.length })}
            </span>
          </h2>
          {section.rows.length === 0 ? (
            <p>{t('print.empty')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th scope="col">{t('print.time')}</th>
                  <th scope="col">{t('print.patient')}</th>
                  <th scope="col">{t('print.reason')}</th>
                  <th scope="col">{t('print.phone')}</th>
                  <th scope="col">{t('print.status')}</th>
                </tr>
              </thead>
              <tbody>
                {section.rows.map((row) => (
                  <tr key={row.id} className={`day-sheet-${row.status}`}>
                    <td>{timeRange(row.start, row.end, locale)}</td>
                    <td>{row.patient}</td>
                    <td>{row.reason}</td>
                    <td>{row.phone}</td>
                    <td>{t(`status.${row.status}`)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}
    </div>,
    document.body,
  );
}
