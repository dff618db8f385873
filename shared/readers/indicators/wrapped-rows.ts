// A table printed to PDF and read back line by line loses its cell boundaries: a header wraps over
// two or three lines ("Q3" above "2022/23"), neighbouring cells run together ("Green The percentage
// of", "GREEN ▲", "(over the 423"), and a long name carries on below its figures. This file puts
// such rows back into the header's columns; tables that kept their cells pass through unchanged.
import { columnMeaning } from './table-header';
import { isNoFigure, parseIndicatorValue, parseRag, parseTrendWord } from './values';

const YEAR_TOKEN = /^(?:\d{4}\/\d{2,4}|\d{4}-\d{2}|\d{2}\/\d{2})$/;
const BARE_QUARTER = /^(?:q|qtr|quarter\s?)[1-4]$/i;
const COUNT_CELL = /^\(\s*\d[\d,]*\s*\)$/;
const RAG_WORD = /^(?:red|amber|green|blue)$/i;
const ARROW = /^[↑↓⇧⇩⇔↔▲▼►▶→△▽⬆⬇]$/u;
const TRAILING_FIGURE = /^(.*[a-z(),])\s+([£]?\d[\d,]*(?:\.\d+)?%?)$/i;

/** A cell holding a figure or a "no figure" mark, as opposed to words or a bracketed count. */
export function isFigureCell(cell: string): boolean {
  const text = cell.trim();
  if (!text || COUNT_CELL.test(text)) return false;
  return (
    isNoFigure(text) || parseIndicatorValue(text).value !== null || /^[<>≤≥]=?\s*\d/.test(text)
  );
}

export function isCountCell(cell: string): boolean {
  return COUNT_CELL.test(cell.trim());
}

/** "Status Measure" printed as one header cell is two columns when each word names one. */
function splitHeaderCell(cell: string): string[] {
  const words = cell.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [cell];
  const meanings = words.map(columnMeaning);
  const distinct = meanings.every(
    (meaning) =>
      meaning.kind !== 'unknown' && meaning.kind !== 'period' && meaning.kind !== 'relative',
  );
  return distinct && new Set(meanings.map((meaning) => meaning.kind)).size === words.length
    ? words
    : [cell];
}

/**
 * Completes a header from the lines under it that hold no figures: years go to bare quarters in
 * order ("Q3" + "2022/23"), other words to the single-word cells from the right ("Short" +
 * "Trend"), and a lone "Target" makes the second of two same-period columns the target.
 * Returns the header and how many following lines it took.
 */
export function completeHeader(
  header: string[],
  following: string[][],
): { header: string[]; used: number } {
  const cells = header.flatMap(splitHeaderCell);
  let used = 0;
  for (const line of following.slice(0, 2)) {
    if (line.length === 0 || line.some(isFigureCell)) break;
    const tokens = line.flatMap((cell) => cell.split(/\s+/)).filter(Boolean);
    if (tokens.length === 0 || tokens.some((token) => /^\(/.test(token))) break;
    const years = tokens.filter((token) => YEAR_TOKEN.test(token));
    const words = tokens.filter((token) => !YEAR_TOKEN.test(token));
    const bare = cells.flatMap((cell, column) => (BARE_QUARTER.test(cell) ? [column] : []));
    if (years.length === 0 && words.length > 4) break;
    years.forEach((year, position) => {
      const column = bare[position];
      if (column !== undefined) cells[column] = `${cells[column]} ${year}`;
    });
    const targetWord = words.find((word) => columnMeaning(word).kind === 'target');
    const seen = new Map<string, number>();
    cells.forEach((cell, column) => {
      const key = cell.toLowerCase();
      if (targetWord && seen.has(key) && columnMeaning(cell).kind === 'period') {
        cells[column] = `${cell} ${targetWord}`;
      }
      seen.set(key, column);
    });
    const rest = words.filter((word) => word !== targetWord);
    const single = cells.flatMap((cell, column) =>
      /^[A-Za-z]+$/.test(cell) && columnMeaning(cell).kind === 'unknown' ? [column] : [],
    );
    rest
      .slice()
      .reverse()
      .forEach((word, position) => {
        const column = single[single.length - 1 - position];
        if (column !== undefined) cells[column] = `${cells[column]} ${word}`;
      });
    used += 1;
  }
  return { header: cells, used };
}

/** Splits cells that ran together: a RAG word inside words, an arrow after one, a trailing figure. */
export function separateCells(cells: string[]): string[] {
  const out: string[] = [];
  cells.forEach((cell, column) => {
    const words = cell.split(/\s+/).filter(Boolean);
    const ragAt = words.findIndex((word) => RAG_WORD.test(word));
    const nextIsFigure = isFigureCell(cells[column + 1] ?? '');
    if (words.length > 1 && ragAt >= 0 && ragAt <= 2 && parseRag(words[ragAt] ?? '') !== null) {
      const before = words.slice(0, ragAt).join(' ');
      const after = words.slice(ragAt + 1).join(' ');
      if (after && ARROW.test(after))
        out.push(...[before, words[ragAt] ?? '', after].filter(Boolean));
      else if (after && !/^[a-z]/.test(after))
        out.push(...[before, words[ragAt] ?? '', ...separateCells([after])].filter(Boolean));
      else out.push(cell);
      return;
    }
    const trailing = TRAILING_FIGURE.exec(cell);
    if (trailing?.[1] && trailing[2] && nextIsFigure) {
      out.push(trailing[1], trailing[2]);
      return;
    }
    out.push(cell);
  });
  return out;
}

/** Whether a row of cells carries figures (a data row), rather than words or counts only. */
export function isDataRow(cells: string[]): boolean {
  return cells.some(isFigureCell) || cells.some((cell) => ARROW.test(cell.trim()));
}

/**
 * Whether a line without figures goes on with the row above: it starts in lower case, or with a
 * reference-code fragment ("GOLD 2 …", "195a"), or holds bracketed counts, or the name above
 * clearly goes on; otherwise it is a heading of its own.
 */
export function continuesRow(cells: string[], previousName: string): boolean {
  const first = (cells.find(Boolean) ?? '').trim();
  if (cells.some(isCountCell)) return true;
  if (/^[a-z(]/.test(first)) return true;
  if (codeFragment(cells).code) return true;
  return /(?:\b(?:of|to|and|the|in|within|for|at|by|with|or|a|an|who|which|on|per|from|than|into|receiving)|[-,(/&])$/i.test(
    previousName.trim(),
  );
}

/** A reference code's second line at the start of a continuation ("GOLD 2", "1C(i)", "195a"). */
export function codeFragment(cells: string[]): { code: string; rest: string[] } {
  const [first = '', ...others] = cells.filter(Boolean);
  if (others.length > 0 && first.length <= 8 && /\d/.test(first) && !/\s/.test(first)) {
    return { code: first, rest: others };
  }
  const words = first.split(/\s+/);
  let count = 0;
  while (
    count < words.length &&
    /^[A-Z0-9().]+$/.test(words[count] ?? '') &&
    /[A-Z0-9]/.test(words[count] ?? '')
  ) {
    count += 1;
  }
  const hasLower = words.slice(count).some((word) => /[a-z]/.test(word));
  if (
    count > 0 &&
    count < words.length &&
    hasLower &&
    words.slice(0, count).some((w) => /\d/.test(w))
  ) {
    return {
      code: words.slice(0, count).join(' '),
      rest: [words.slice(count).join(' '), ...others],
    };
  }
  return { code: '', rest: cells.filter(Boolean) };
}

/** Trend arrows and words count as typed cells for alignment. */
export function isTypedCell(cell: string): boolean {
  return isFigureCell(cell) || parseRag(cell) !== null || parseTrendWord(cell) !== null;
}
