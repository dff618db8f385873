// One search box over everything the store holds: report paragraphs, minutes, resolutions, the
// member's questions and notes, and every extracted page. It stays fast however common the words:
// each kind gives at most a bounded set of candidates (the most recently imported matches, read in
// the index's own order, so "the" never scores every row), bm25 ranks only those (its word weights
// counted over the candidates, in a small in-memory index, since FTS5's own bm25 counts every row
// holding each word on every query), hits are grouped by meeting, and titles, snippets and
// highlight ranges are made only for the page of hits shown.
import type Database from 'better-sqlite3';
import type { z } from 'zod';
import type { searchHitSchema } from '../shared/contract';
import { toFtsQuery } from './fts-query';

export type SearchHit = z.infer<typeof searchHitSchema>;
export type SearchKind = SearchHit['kind'];

export interface SearchOptions {
  /** How many hits to answer with (one page). */
  limit?: number;
  /** How many hits of the ranked, grouped list to pass over (the pages already shown). */
  offset?: number;
  /** Only these kinds of record. */
  kinds?: readonly SearchKind[];
  /** Only records of this committee's meetings (its name as the meetings list shows it). */
  committee?: string;
  /** Only records of meetings on or after this date (YYYY-MM-DD). */
  from?: string;
  /** Only records of meetings on or before this date (YYYY-MM-DD). */
  to?: string;
}

/**
 * The most candidates one kind contributes. Bounds the work of any query, however common its
 * words; rare words have fewer matches than this, so every match of them is ranked.
 */
export const CANDIDATES_PER_KIND = 120;

/** Marks around matched words in snippets, from the Private Use Area, removed before answering. */
const open = '\uE000';
const close = '\uE001';

/** snippet() over whichever column matched best, with markers, an ellipsis where text was cut. */
const snippetOf = (table: string): string =>
  `snippet(${table}, -1, '${open}', '${close}', '…', 12)`;

/** Up to 80 characters of a member's own text, as the title of their question or note. */
const openingOf = (column: string): string =>
  `CASE WHEN length(${column}) > 80 THEN substr(${column}, 1, 79) || '…' ELSE ${column} END`;

/** The filters every kind applies to its meeting (m) and committee (c). */
const meetingFilter = `
       AND (:committee IS NULL OR c.name = :committee)
       AND (:from IS NULL OR m.date >= :from)
       AND (:to IS NULL OR m.date <= :to)`;

interface KindQueries {
  /** FROM … WHERE for the kind's fts table `f`, its meeting `m` and committee `c`. */
  from: string;
  table: string;
  title: string;
}

const kinds: Record<SearchKind, KindQueries> = {
  paragraph: {
    table: 'report_paragraph_fts',
    title: `CASE WHEN p.number IS NULL THEN r.title ELSE r.title || ', paragraph ' || p.number END`,
    from: `report_paragraph_fts f
      JOIN report_paragraph p ON p.id = f.rowid
      JOIN report r ON r.id = p.report_id
      JOIN meeting m ON m.id = r.meeting_id
      JOIN committee c ON c.id = m.committee_id`,
  },
  minute: {
    table: 'minute_fts',
    title: `'Minute ' || mi.number || ': ' || mi.title`,
    from: `minute_fts f
      JOIN minute mi ON mi.id = f.rowid
      JOIN meeting m ON m.id = mi.meeting_id
      JOIN committee c ON c.id = m.committee_id`,
  },
  resolution: {
    table: 'resolution_fts',
    title: `'Resolution ' || mi.number || coalesce('(' || r.label || ')', '') || ': ' || mi.title`,
    from: `resolution_fts f
      JOIN resolution r ON r.id = f.rowid
      JOIN minute mi ON mi.id = r.minute_id
      JOIN meeting m ON m.id = mi.meeting_id
      JOIN committee c ON c.id = m.committee_id`,
  },
  question: {
    table: 'question_fts',
    title: openingOf('q.text'),
    from: `question_fts f
      JOIN question q ON q.id = f.rowid
      LEFT JOIN meeting m ON m.id = q.meeting_id
      LEFT JOIN committee c ON c.id = m.committee_id`,
  },
  note: {
    table: 'note_fts',
    title: openingOf('n.body'),
    from: `note_fts f
      JOIN note n ON n.id = f.rowid
      LEFT JOIN meeting m ON m.id = n.meeting_id
      LEFT JOIN committee c ON c.id = m.committee_id`,
  },
  page: {
    table: 'document_page_fts',
    title: `d.file_name || ', page ' || p.page_number`,
    from: `document_page_fts f
      JOIN document_page p ON p.id = f.rowid
      JOIN document d ON d.id = p.document_id
      LEFT JOIN meeting m ON m.id = d.meeting_id
      LEFT JOIN committee c ON c.id = m.committee_id`,
  },
};

const allKinds = Object.keys(kinds) as SearchKind[];

/**
 * The bounded candidate set of one kind: newest matches first. No rank here: FTS5's bm25 counts
 * every row holding each query word (its idf) on every query, a cost that grows with the store.
 */
const candidatesSql = (kind: SearchKind): string => `
    SELECT f.rowid AS id, m.id AS meetingId
      FROM ${kinds[kind].from}
     WHERE ${kinds[kind].table} MATCH :query ${meetingFilter}
       AND f.rowid BETWEEN :lowest AND :highest
     ORDER BY f.rowid DESC LIMIT :candidates`;

/**
 * The documents of the meetings a committee or date filter keeps, as the first and last of their
 * ids. A document's pages are written with it and never later, so page ids rise with document
 * ids and the pages of the kept meetings lie between the first page of the first document and
 * the last page of the last: a filter on years long past starts reading the index there instead
 * of walking every newer match (an archive is mostly imported in date order).
 */
const keptDocumentsSql = `
    SELECT min(d.id) AS first, max(d.id) AS last
      FROM meeting m JOIN committee c ON c.id = m.committee_id
      JOIN document d ON d.meeting_id = m.id
     WHERE 1 ${meetingFilter}`;
const firstPageSql = 'SELECT min(id) FROM document_page WHERE document_id = ?';
const lastPageSql = 'SELECT max(id) FROM document_page WHERE document_id = ?';

/** Every rowid: the bounds of a kind whose rows a filter cannot narrow by id. */
const everyRow = { lowest: Number.MIN_SAFE_INTEGER, highest: Number.MAX_SAFE_INTEGER };

/** The page ids the filter's meetings can have pages between, or null when they have none. */
function keptPageIds(
  db: Database.Database,
  filters: { committee: string | null; from: string | null; to: string | null },
): { lowest: number; highest: number } | null {
  if (filters.committee === null && filters.from === null && filters.to === null) return everyRow;
  const kept = statement(db, keptDocumentsSql).get(filters) as {
    first: number | null;
    last: number | null;
  };
  if (kept.first === null || kept.last === null) return null;
  const lowest = statement(db, firstPageSql).pluck().get(kept.first) as number | null;
  const highest = statement(db, lastPageSql).pluck().get(kept.last) as number | null;
  return lowest === null || highest === null ? null : { lowest, highest };
}

/** The indexed columns of one record, read through its kind's index (whatever stores the text). */
const indexedTextSql = (kind: SearchKind): string =>
  `SELECT * FROM ${kinds[kind].table} WHERE rowid = :id`;

/**
 * A per-connection in-memory index the candidates are copied into, so bm25 ranks them with word
 * weights counted over the candidates alone: a bounded cost whatever the store's size.
 */
const rankingTable = 'temp.search_candidate';
const rankingSetup = `CREATE VIRTUAL TABLE IF NOT EXISTS ${rankingTable}
    USING fts5 (text, tokenize = 'porter unicode61')`;
/** The connections whose ranking table exists (it lives as long as the connection). */
const withRankingTable = new WeakSet<Database.Database>();

/** Title, snippet, meeting and committee of one hit, for the page of hits shown. */
const detailSql = (kind: SearchKind): string => `
    SELECT ${kinds[kind].title} AS title, ${snippetOf(kinds[kind].table)} AS snippet,
           m.id AS meetingId, m.date AS meetingDate, c.name AS committee
      FROM ${kinds[kind].from}
     WHERE ${kinds[kind].table} MATCH :query AND f.rowid = :id`;

interface Candidate {
  kind: SearchKind;
  id: number;
  rank: number;
  meetingId: number | null;
}

type Found = Omit<Candidate, 'rank'>;

interface DetailRow {
  title: string;
  snippet: string;
  meetingId: number | null;
  meetingDate: string | null;
  committee: string | null;
}

/** Statements prepared once per connection, since search runs on every keystroke's submit. */
const prepared = new WeakMap<Database.Database, Map<string, Database.Statement>>();
function statement(db: Database.Database, sql: string): Database.Statement {
  let cache = prepared.get(db);
  if (!cache) {
    cache = new Map();
    prepared.set(db, cache);
  }
  let found = cache.get(sql);
  if (!found) {
    found = db.prepare(sql);
    cache.set(sql, found);
  }
  return found;
}

/**
 * The snippet as plain text with runs of white space made single spaces, and where the query's
 * words are in it, as [start, end) ranges of that text (never markup).
 */
export function highlightRanges(marked: string): {
  snippet: string;
  highlights: { start: number; end: number }[];
} {
  const flat = marked.replace(/\s+/gu, ' ').trim();
  const highlights: { start: number; end: number }[] = [];
  let snippet = '';
  let start: number | null = null;
  for (const character of flat) {
    if (character === open) start = snippet.length;
    else if (character === close) {
      if (start !== null && snippet.length > start) highlights.push({ start, end: snippet.length });
      start = null;
    } else snippet += character;
  }
  return { snippet, highlights };
}

/**
 * Ranks the candidates with bm25 over the candidate set (lower is better): each one's indexed
 * text goes into the connection's in-memory ranking index, which is emptied again afterwards.
 */
const rankCandidates = (db: Database.Database, found: Found[], query: string): Candidate[] => {
  if (found.length === 0) return [];
  if (!withRankingTable.has(db)) {
    db.exec(rankingSetup);
    withRankingTable.add(db);
  }
  const insert = statement(db, `INSERT INTO ${rankingTable} (rowid, text) VALUES (?, ?)`);
  const ranked = statement(
    db,
    `SELECT rowid AS position, bm25(search_candidate) AS rank FROM ${rankingTable}
      WHERE search_candidate MATCH :query`,
  );
  return db.transaction(() => {
    found.forEach(({ kind, id }, position) => {
      const row = statement(db, indexedTextSql(kind)).get({ id }) as Record<string, unknown>;
      insert.run(
        position,
        Object.values(row ?? {})
          .filter((value) => typeof value === 'string')
          .join('\n'),
      );
    });
    const ranks = new Map(
      (ranked.all({ query }) as { position: number; rank: number }[]).map((one) => [
        one.position,
        one.rank,
      ]),
    );
    db.exec(`DELETE FROM ${rankingTable}`);
    return found.map((one, position) => ({ ...one, rank: ranks.get(position) ?? 0 }));
  })();
};

/**
 * Orders candidates as the member reads them: meetings by their best hit, each meeting's hits
 * best first (bm25: lower is better), records tied to no meeting grouped together.
 */
function groupByMeeting(candidates: Candidate[]): Candidate[] {
  const groups = new Map<number | null, Candidate[]>();
  for (const candidate of [...candidates].sort((a, b) => a.rank - b.rank || b.id - a.id)) {
    const group = groups.get(candidate.meetingId);
    if (group) group.push(candidate);
    else groups.set(candidate.meetingId, [candidate]);
  }
  return [...groups.values()].flat();
}

/**
 * Searches the chosen kinds for records holding all the words typed (any order, stemmed) and
 * every quoted phrase, and answers one page of hits grouped by meeting, best meeting first. Any
 * text is accepted: it is quoted term by term, and text with no words finds nothing.
 */
export function searchStore(
  db: Database.Database,
  text: string,
  limitOrOptions: number | SearchOptions = {},
): SearchHit[] {
  const options = typeof limitOrOptions === 'number' ? { limit: limitOrOptions } : limitOrOptions;
  const query = toFtsQuery(text);
  if (query === null) return [];
  const limit = options.limit ?? 50;
  const offset = options.offset ?? 0;
  const filters = {
    query,
    committee: options.committee ?? null,
    from: options.from ?? null,
    to: options.to ?? null,
  };
  const found = (options.kinds ?? allKinds).flatMap((kind) => {
    const bounds = kind === 'page' ? keptPageIds(db, filters) : everyRow;
    if (bounds === null) return [];
    return (
      statement(db, candidatesSql(kind)).all({
        ...filters,
        ...bounds,
        candidates: CANDIDATES_PER_KIND,
      }) as Omit<Found, 'kind'>[]
    ).map((row) => ({ ...row, kind }));
  });
  return groupByMeeting(rankCandidates(db, found, query))
    .slice(offset, offset + limit)
    .flatMap(({ kind, id }) => {
      const row = statement(db, detailSql(kind)).get({ query, id }) as DetailRow | undefined;
      if (!row) return [];
      return [
        {
          kind,
          id,
          title: row.title,
          ...highlightRanges(row.snippet),
          meetingId: row.meetingId,
          meetingDate: row.meetingDate,
          committee: row.committee,
        },
      ];
    });
}

/** Every committee's name, A to Z: the choices of the search's committee filter. */
export function committeeNames(db: Database.Database): string[] {
  return statement(db, 'SELECT name FROM committee ORDER BY name').pluck().all() as string[];
}
