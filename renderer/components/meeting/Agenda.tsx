// The agenda as printed: each item's number, title, who reports and its pages in the pack. An item
// with a report links to that report further down the page.
import type { MeetingDetail } from '../../hooks/use-meeting';
import { SourceButton } from '../source/SourceButton';
import { InPageLink } from './InPageLink';
import { ItemWork } from '../workspace/AnchoredWork';

export const reportAnchor = (reportId: number): string => `report-${reportId}`;

function pagesInWords(pages: { from: number; to: number }): string {
  return pages.from === pages.to ? `Page ${pages.from}` : `Pages ${pages.from}–${pages.to}`;
}

export function Agenda({ meeting }: { meeting: MeetingDetail }) {
  const reportIds = new Set(meeting.reports.map((report) => report.id));
  return (
    <section aria-labelledby="agenda" className="meeting-part">
      <h2 id="agenda" tabIndex={-1}>
        Agenda
      </h2>
      {meeting.agenda.length === 0 ? (
        <p>No agenda was found for this meeting.</p>
      ) : (
        <ol className="agenda">
          {meeting.agenda.map((item) => (
            <li key={item.id}>
              {item.number && <span className="agenda-number">{item.number}</span>}
              <div className="agenda-item">
                <p className="agenda-title">
                  {item.reportId !== null && reportIds.has(item.reportId) ? (
                    <InPageLink target={reportAnchor(item.reportId)}>{item.title}</InPageLink>
                  ) : (
                    item.title
                  )}
                </p>
                {(item.reportBy || item.pages) && (
                  <p className="agenda-details">
                    {[
                      item.reportBy && `Report by ${item.reportBy}`,
                      item.pages && pagesInWords(item.pages),
                    ]
                      .filter((detail) => detail)
                      .join(' · ')}
                  </p>
                )}
                <SourceButton source={item.source} />
                <ItemWork
                  item={item}
                  about={`item ${item.number ?? ''} ${item.title}`.replace('  ', ' ')}
                />
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
