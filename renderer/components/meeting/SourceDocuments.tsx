// The documents this meeting was read from, each with its format, pages and import date, and a
// way to read it from its first page.
import { formatDate } from '../../format';
import type { MeetingDetail } from '../../hooks/use-meeting';
import { SourceButton } from '../source/SourceButton';

export function SourceDocuments({ sources }: { sources: MeetingDetail['sources'] }) {
  return (
    <section aria-labelledby="source-documents" className="meeting-part">
      <h2 id="source-documents" tabIndex={-1}>
        Source documents
      </h2>
      {sources.length === 0 ? (
        <p>No documents are recorded for this meeting.</p>
      ) : (
        <ul className="plain-list source-documents">
          {sources.map((document) => (
            <li key={document.documentId}>
              <p className="source-file">{document.file}</p>
              <p className="hint">
                {document.format.toUpperCase()} ·{' '}
                {document.pages === 1 ? '1 page' : `${document.pages} pages`}
                {/^\d{4}-\d{2}-\d{2}/.test(document.importedAt) &&
                  ` · imported ${formatDate(document.importedAt.slice(0, 10))}`}
              </p>
              {document.pages > 0 && (
                <SourceButton
                  source={{
                    documentId: document.documentId,
                    page: 1,
                    lineFrom: null,
                    lineTo: null,
                  }}
                  label={`Read ${document.file}`}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
