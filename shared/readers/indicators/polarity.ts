// Which way is good for an indicator: said outright in its name or trend cell ("(low = good)",
// "Higher (low is good)"), else read from the trend and change words together, else unknown.
import { parseChangeWord, parseTrendWord } from './values';
import type { Polarity, PolarityValue } from './types';

const STATED: Array<[RegExp, PolarityValue]> = [
  [/\b(?:low(?:er)?|small(?:er)?|fewer|less)\s*(?:is|=|are)\s*(?:good|better)\b/i, 'low'],
  [/\b(?:high(?:er)?|big(?:ger)?|great(?:er)?|more)\s*(?:is|=|are)\s*(?:good|better)\b/i, 'high'],
  [/\bno polarity\b|\binformation only\b/i, 'none'],
];

/** The polarity a piece of text states outright, or null when it states none. */
export function statedPolarity(text: string): PolarityValue | null {
  for (const [pattern, value] of STATED) if (pattern.test(text)) return value;
  return null;
}

/**
 * Polarity from the words of a trend and change pair: a rise judged positive means high is good,
 * a rise judged negative means low is good; a rise or fall with no judgement ("N/A") is a measure
 * for information only. Similar or unchanged figures say nothing.
 */
export function inferredPolarity(trendText: string, changeText: string): PolarityValue | null {
  const trend = parseTrendWord(trendText);
  const change = parseChangeWord(changeText);
  if (trend !== 'increase' && trend !== 'decrease') return null;
  if (change === null) return /^n\/?a$/i.test(changeText.trim()) ? 'none' : null;
  const rising = trend === 'increase';
  const good = change === 'positive';
  return rising === good ? 'high' : 'low';
}

export interface PolarityEvidence {
  name: string;
  trendText?: string | null;
  changeText?: string | null;
}

export interface PolarityReading {
  polarity: Polarity;
  /** Set when the name and the trend cell state different polarities. */
  conflict: string | null;
}

/** Reads polarity, preferring what the name states, then the trend cell, then the words' logic. */
export function readPolarity(evidence: PolarityEvidence): PolarityReading {
  const fromName = statedPolarity(evidence.name);
  const fromTrend = evidence.trendText ? statedPolarity(evidence.trendText) : null;
  const conflict =
    fromName !== null && fromTrend !== null && fromName !== fromTrend
      ? `the name says ${describe(fromName)} but the trend cell says ${describe(fromTrend)}`
      : null;
  const stated = fromName ?? fromTrend;
  if (stated !== null) return { polarity: { value: stated, source: 'stated' }, conflict };
  const inferred = inferredPolarity(evidence.trendText ?? '', evidence.changeText ?? '');
  if (inferred !== null) return { polarity: { value: inferred, source: 'inferred' }, conflict };
  return { polarity: { value: 'unknown', source: null }, conflict };
}

function describe(value: PolarityValue): string {
  if (value === 'high') return 'high is good';
  if (value === 'low') return 'low is good';
  return 'no polarity';
}
