// The Search section: one box over reports, minutes, resolutions, pages and the member's own
// questions and notes. Snippets are shown as plain text, never interpreted as HTML.
import { useRef, useState, type FormEvent } from 'react';
import type { Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import { ErrorAlert } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { formatDate, searchKindLabels } from '../format';

type SearchHits = Result<'search.query'>;

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; text: string }
  | { status: 'failed'; message: string }
  | { status: 'found'; text: string; hits: SearchHits };

function resultsLine(text: string, count: number): string {
  if (count === 0) return `No results for ‘${text}’`;
  return count === 1 ? `1 result for ‘${text}’` : `${count} results for ‘${text}’`;
}

export function SearchPage() {
  const api = useApi();
  const [text, setText] = useState('');
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const query = text.trim();
    if (query === '') {
      setSearch({ status: 'failed', message: 'Type something to search for.' });
      return;
    }
    const attempt = ++latest.current;
    setSearch({ status: 'searching', text: query });
    try {
      const hits = await api.call('search.query', { text: query });
      if (attempt === latest.current) setSearch({ status: 'found', text: query, hits });
    } catch (error) {
      if (attempt === latest.current) {
        setSearch({ status: 'failed', message: `The search did not run. ${messageOf(error)}` });
      }
    }
  }

  return (
    <>
      <PageHeading>Search</PageHeading>
      <p className="lead">
        Search the reports, minutes and resolutions you have imported, and your own questions.
      </p>
      <form
        role="search"
        aria-label="Search the papers"
        className="search-form"
        onSubmit={(event) => void submit(event)}
      >
        <label htmlFor="search-text">Words to search for</label>
        <div className="search-row">
          <input
            id="search-text"
            type="search"
            value={text}
            onChange={(event) => setText(event.target.value)}
            autoComplete="off"
          />
          <button type="submit" className="button">
            Search
          </button>
        </div>
      </form>
      <div className="search-outcome">
        {search.status === 'failed' && <ErrorAlert message={search.message} />}
        <p role="status" className="results-line">
          {search.status === 'searching' && 'Searching…'}
          {search.status === 'found' && resultsLine(search.text, search.hits.length)}
        </p>
        {search.status === 'found' && search.hits.length > 0 && (
          <ol className="search-results">
            {search.hits.map((hit) => (
              <li key={`${hit.kind}-${hit.id}`} className="search-hit">
                <p className="hit-kind">{searchKindLabels[hit.kind]}</p>
                <h2 className="hit-title">{hit.title}</h2>
                <p className="hit-snippet">{hit.snippet}</p>
                {hit.meetingDate && (
                  <p className="hit-meeting">Meeting: {formatDate(hit.meetingDate)}</p>
                )}
              </li>
            ))}
          </ol>
        )}
      </div>
    </>
  );
}
