// The source of a fact, in a modal dialog: the document's name, "Page N of M", and the page's text
// with the fact's lines marked and scrolled into view, with the pages either side a click away.
import { useEffect, useId, useRef, useState } from 'react';
import type { Result } from '../../../shared/contract';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';
import { ErrorAlert } from '../Loaded';
import type { SourceRef } from './SourceViewer';

type DocumentPage = Result<'documents.page'>;

/** The page's text split around the marked lines (1-based, inclusive); nothing marked if unknown. */
export function splitAtLines(
  text: string,
  from: number | null,
  to: number | null,
): { before: string; marked: string | null; after: string } {
  const lines = text.split('\n');
  if (from === null || from < 1 || from > lines.length) {
    return { before: text, marked: null, after: '' };
  }
  const last = Math.min(Math.max(to ?? from, from), lines.length);
  return {
    before: lines.slice(0, from - 1).join('\n') + (from > 1 ? '\n' : ''),
    marked: lines.slice(from - 1, last).join('\n'),
    after: (last < lines.length ? '\n' : '') + lines.slice(last).join('\n'),
  };
}

function linesInWords({ lineFrom, lineTo }: SourceRef): string {
  return lineTo !== null && lineTo > (lineFrom ?? 0)
    ? `lines ${lineFrom} to ${lineTo}`
    : `line ${lineFrom}`;
}

function PageText({ page, source }: { page: DocumentPage; source: SourceRef }) {
  const mark = useRef<HTMLElement>(null);
  const onSourcePage = page.page === source.page;
  const parts = onSourcePage
    ? splitAtLines(page.text, source.lineFrom, source.lineTo)
    : { before: page.text, marked: null, after: '' };
  // A block body: newer browsers return a promise from scrollIntoView, which React would take
  // for a cleanup function.
  useEffect(() => {
    mark.current?.scrollIntoView({ block: 'center' });
  }, [page]);
  return (
    <>
      {parts.marked !== null && (
        <p className="hint">The source is highlighted: {linesInWords(source)} of this page.</p>
      )}
      <pre>
        {parts.before}
        {parts.marked !== null && <mark ref={mark}>{parts.marked}</mark>}
        {parts.after}
      </pre>
    </>
  );
}

export function SourceDialog({ source, onClose }: { source: SourceRef; onClose: () => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [pageNumber, setPageNumber] = useState(source.page);
  const [shown, setShown] = useState<DocumentPage | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  useEffect(() => {
    let current = true;
    setError(null);
    api.call('documents.page', { documentId: source.documentId, page: pageNumber }).then(
      (page) => {
        if (current) setShown(page);
      },
      (failure: unknown) => {
        if (current) setError(`Page ${pageNumber} could not be shown. ${messageOf(failure)}`);
      },
    );
    return () => {
      current = false;
    };
  }, [api, source.documentId, pageNumber]);

  const pageCount = shown?.pageCount ?? source.page;
  const turnTo = (page: number): void => {
    if (page >= 1 && page <= pageCount) setPageNumber(page);
  };

  return (
    <dialog ref={dialog} className="source-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>{shown ? shown.fileName : 'Source'}</h2>
      <p className="source-page-number">
        {shown ? `Page ${shown.page} of ${shown.pageCount}` : `Loading page ${pageNumber}…`}
      </p>
      {error && <ErrorAlert message={error} />}
      <div
        className="page-text"
        role="region"
        aria-label={`Text of page ${shown?.page ?? pageNumber}`}
        tabIndex={0}
      >
        {shown && <PageText page={shown} source={source} />}
      </div>
      <div className="button-row">
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={pageNumber <= 1 || undefined}
          onClick={() => turnTo(pageNumber - 1)}
        >
          Previous page
        </button>
        <button
          type="button"
          className="button button-secondary"
          aria-disabled={pageNumber >= pageCount || undefined}
          onClick={() => turnTo(pageNumber + 1)}
        >
          Next page
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
