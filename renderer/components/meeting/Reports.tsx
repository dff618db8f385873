// The officers' reports in the pack, each folded under its own heading: numbered paragraphs with
// their numbers shown as printed, grouped under the report's own headings.
import type { MeetingDetail } from '../../hooks/use-meeting';
import { SourceButton } from '../source/SourceButton';
import { reportAnchor } from './Agenda';
import { ParagraphWork, useWorkCount } from '../workspace/AnchoredWork';

type Report = MeetingDetail['reports'][number];

function ReportEntry({ report }: { report: Report }) {
  const headingId = reportAnchor(report.id);
  const count = report.paragraphs.length;
  const workCount = useWorkCount(report.paragraphs);
  return (
    <section className="report" aria-labelledby={headingId}>
      <h3 id={headingId} tabIndex={-1}>
        {report.agendaNumber && `Item ${report.agendaNumber}: `}
        {report.title}
      </h3>
      {report.reportOf && <p className="report-of">Report of {report.reportOf}</p>}
      <SourceButton source={report.source} />
      {count > 0 && (
        <details open={workCount > 0 || undefined}>
          <summary>
            Read the report ({count === 1 ? '1 paragraph' : `${count} paragraphs`}
            {workCount > 0 && `; ${workCount} of your questions and notes`})
          </summary>
          {report.paragraphs.map((paragraph, index) => (
            <div key={paragraph.id}>
              {paragraph.heading && paragraph.heading !== report.paragraphs[index - 1]?.heading && (
                <h4>{paragraph.heading}</h4>
              )}
              <div className="report-paragraph">
                <span className="paragraph-number">{paragraph.number}</span>
                <div>
                  <p>{paragraph.text}</p>
                  <SourceButton source={paragraph.source} />
                  <ParagraphWork
                    paragraph={paragraph}
                    about={`paragraph ${paragraph.number ?? index + 1} of ${report.title}`}
                  />
                </div>
              </div>
            </div>
          ))}
        </details>
      )}
    </section>
  );
}

export function Reports({ reports }: { reports: Report[] }) {
  return (
    <section aria-labelledby="reports" className="meeting-part">
      <h2 id="reports" tabIndex={-1}>
        Reports
      </h2>
      {reports.length === 0 ? (
        <p>The imported papers hold no reports for this meeting.</p>
      ) : (
        reports.map((report) => <ReportEntry key={report.id} report={report} />)
      )}
    </section>
  );
}
