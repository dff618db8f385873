// The Search section: one box over reports, minutes, resolutions, pages and the member's own
// questions and notes, narrowed by kind, committee and dates. Hits arrive a page at a time
// ("More results"), grouped under their meeting; the words found are marked from the text ranges
// the app gives, and snippets are shown as plain text, never interpreted as HTML.
import { Fragment, useEffect, useRef, useState, type FormEvent } from 'react';
import type { Args, Result } from '../../shared/contract';
import { messageOf } from '../api';
import { useApi } from '../api-context';
import { ErrorAlert } from '../components/Loaded';
import { PageHeading } from '../components/PageHeading';
import { formatDate, searchKindLabels } from '../format';

type SearchHit = Result<'search.query'>[number];
type SearchKind = SearchHit['kind'];

/** Hits shown per page; one more is asked for, to know whether there are more. */
const PAGE = 20;

interface Filters {
  kind: SearchKind | '';
  committee: string;
  from: string;
  to: string;
}
const noFilters: Filters = { kind: '', committee: '', from: '', to: '' };

type SearchState =
  | { status: 'idle' }
  | { status: 'searching'; text: string }
  | { status: 'failed'; message: string }
  | {
      status: 'found';
      text: string;
      filters: Filters;
      hits: SearchHit[];
      more: boolean;
      loadingMore: boolean;
      moreFailed: string | null;
    };

function resultsLine(text: string, count: number, more: boolean): string {
  if (count === 0) return `No results for ‘${text}’`;
  if (more) return `The best ${count} results for ‘${text}’; more below`;
  return count === 1 ? `1 result for ‘${text}’` : `${count} results for ‘${text}’`;
}

function argsOf(text: string, filters: Filters, offset: number): Args<'search.query'> {
  return {
    text,
    limit: PAGE + 1,
    ...(offset > 0 ? { offset } : {}),
    ...(filters.kind ? { kinds: [filters.kind] } : {}),
    ...(filters.committee ? { committee: filters.committee } : {}),
    ...(filters.from ? { from: filters.from } : {}),
    ...(filters.to ? { to: filters.to } : {}),
  };
}

/** The snippet with each found word in a <mark>, built from text ranges (never markup). */
function Highlighted({ hit }: { hit: SearchHit }) {
  const pieces: { text: string; marked: boolean }[] = [];
  let at = 0;
  for (const { start, end } of hit.highlights ?? []) {
    if (start < at || end > hit.snippet.length) continue;
    if (start > at) pieces.push({ text: hit.snippet.slice(at, start), marked: false });
    pieces.push({ text: hit.snippet.slice(start, end), marked: true });
    at = end;
  }
  if (at < hit.snippet.length) pieces.push({ text: hit.snippet.slice(at), marked: false });
  return (
    <p className="hit-snippet">
      {pieces.map((piece, index) =>
        piece.marked ? (
          <mark key={index}>{piece.text}</mark>
        ) : (
          <Fragment key={index}>{piece.text}</Fragment>
        ),
      )}
    </p>
  );
}

interface MeetingGroup {
  key: string;
  meetingId: number | null;
  heading: string;
  hits: SearchHit[];
}

/** Which meeting a hit belongs to: its id, else its date and committee, else none. */
const meetingKeyOf = (hit: SearchHit): string =>
  hit.meetingId != null
    ? `meeting-${hit.meetingId}`
    : hit.meetingDate === null
      ? 'none'
      : `${hit.committee ?? ''}-${hit.meetingDate}`;

/** Consecutive hits of one meeting under one heading (the app sends them grouped). */
function groupsOf(hits: SearchHit[]): MeetingGroup[] {
  const groups: MeetingGroup[] = [];
  for (const hit of hits) {
    const key = meetingKeyOf(hit);
    const last = groups[groups.length - 1];
    if (last && last.key.startsWith(`${key}@`)) {
      last.hits.push(hit);
      continue;
    }
    const heading =
      hit.meetingDate === null
        ? 'Not tied to a meeting'
        : [hit.committee, formatDate(hit.meetingDate)].filter(Boolean).join(', ');
    groups.push({
      key: `${key}@${groups.length}`,
      meetingId: hit.meetingId ?? null,
      heading,
      hits: [hit],
    });
  }
  return groups;
}

export function SearchPage() {
  const api = useApi();
  const [text, setText] = useState('');
  const [filters, setFilters] = useState<Filters>(noFilters);
  const [committees, setCommittees] = useState<string[]>([]);
  const [search, setSearch] = useState<SearchState>({ status: 'idle' });
  const latest = useRef(0);
  const firstNewHit = useRef<HTMLHeadingElement | null>(null);
  const focusAfterMore = useRef<string | null>(null);

  useEffect(() => {
    let live = true;
    // Without the list the committee filter offers "All committees" only; search still works.
    api.call('search.committees', {}).then(
      (names) => live && setCommittees(names),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [api]);

  useEffect(() => {
    if (focusAfterMore.current && firstNewHit.current) {
      firstNewHit.current.focus();
      focusAfterMore.current = null;
    }
  }, [search]);

  async function submit(event: FormEvent<HTMLFormElement>): Promise<void> {
    event.preventDefault();
    const query = text.trim();
    if (query === '') {
      setSearch({ status: 'failed', message: 'Type something to search for.' });
      return;
    }
    if (filters.from && filters.to && filters.from > filters.to) {
      setSearch({ status: 'failed', message: 'The “from” date is after the “to” date.' });
      return;
    }
    const attempt = ++latest.current;
    setSearch({ status: 'searching', text: query });
    try {
      const found = await api.call('search.query', argsOf(query, filters, 0));
      if (attempt !== latest.current) return;
      setSearch({
        status: 'found',
        text: query,
        filters,
        hits: found.slice(0, PAGE),
        more: found.length > PAGE,
        loadingMore: false,
        moreFailed: null,
      });
    } catch (error) {
      if (attempt === latest.current) {
        setSearch({ status: 'failed', message: `The search did not run. ${messageOf(error)}` });
      }
    }
  }

  async function showMore(): Promise<void> {
    if (search.status !== 'found' || search.loadingMore) return;
    const shown = search;
    const attempt = ++latest.current;
    setSearch({ ...shown, loadingMore: true, moreFailed: null });
    try {
      const found = await api.call(
        'search.query',
        argsOf(shown.text, shown.filters, shown.hits.length),
      );
      if (attempt !== latest.current) return;
      const added = found.slice(0, PAGE);
      focusAfterMore.current = added[0] ? `${added[0].kind}-${added[0].id}` : null;
      setSearch({
        ...shown,
        hits: [...shown.hits, ...added],
        more: found.length > PAGE,
        loadingMore: false,
        moreFailed: null,
      });
    } catch (error) {
      if (attempt === latest.current) {
        setSearch({ ...shown, loadingMore: false, moreFailed: messageOf(error) });
      }
    }
  }

  const setFilter = (name: keyof Filters, value: string): void =>
    setFilters((current) => ({ ...current, [name]: value }));

  return (
    <>
      <PageHeading>Search</PageHeading>
      <p className="lead">
        Search the reports, minutes and resolutions you have imported, and your own questions. Put
        words in double quotes to find them side by side.
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
        <fieldset className="search-filters">
          <legend>Narrow the search</legend>
          <div>
            <label htmlFor="search-kind">Kind</label>
            <select
              id="search-kind"
              value={filters.kind}
              onChange={(event) => setFilter('kind', event.target.value)}
            >
              <option value="">Everything</option>
              {(Object.keys(searchKindLabels) as SearchKind[]).map((kind) => (
                <option key={kind} value={kind}>
                  {searchKindLabels[kind]}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-committee">Committee</label>
            <select
              id="search-committee"
              value={filters.committee}
              onChange={(event) => setFilter('committee', event.target.value)}
            >
              <option value="">All committees</option>
              {committees.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="search-from">Meetings from</label>
            <input
              id="search-from"
              type="date"
              value={filters.from}
              onChange={(event) => setFilter('from', event.target.value)}
            />
          </div>
          <div>
            <label htmlFor="search-to">Meetings to</label>
            <input
              id="search-to"
              type="date"
              value={filters.to}
              onChange={(event) => setFilter('to', event.target.value)}
            />
          </div>
        </fieldset>
      </form>
      <div className="search-outcome">
        {search.status === 'failed' && <ErrorAlert message={search.message} />}
        <p role="status" className="results-line">
          {search.status === 'searching' && 'Searching…'}
          {search.status === 'found' && resultsLine(search.text, search.hits.length, search.more)}
        </p>
        {search.status === 'found' &&
          groupsOf(search.hits).map((group) => (
            <section key={group.key} className="search-group" aria-label={group.heading}>
              <h2 className="search-group-heading">
                {group.meetingId === null ? (
                  group.heading
                ) : (
                  <a href={`#/meetings/${group.meetingId}`}>{group.heading}</a>
                )}
              </h2>
              <ol className="search-results">
                {group.hits.map((hit) => {
                  const key = `${hit.kind}-${hit.id}`;
                  return (
                    <li key={key} className="search-hit">
                      <p className="hit-kind">{searchKindLabels[hit.kind]}</p>
                      <h3
                        className="hit-title"
                        tabIndex={-1}
                        ref={focusAfterMore.current === key ? firstNewHit : undefined}
                      >
                        {hit.title}
                      </h3>
                      <Highlighted hit={hit} />
                    </li>
                  );
                })}
              </ol>
            </section>
          ))}
        {search.status === 'found' && search.moreFailed && (
          <ErrorAlert message={`More results could not be found. ${search.moreFailed}`} />
        )}
        {search.status === 'found' && search.more && (
          <button
            type="button"
            className="button button-secondary"
            aria-disabled={search.loadingMore}
            onClick={() => void showMore()}
          >
            {search.loadingMore ? 'Finding more…' : 'More results'}
          </button>
        )}
      </div>
    </>
  );
}
