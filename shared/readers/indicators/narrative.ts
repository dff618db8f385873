// Performance reports quote indicator values in sentences ("… was 94.6% in quarter 2 (1016
// children). This is similar to quarter 1 (94.9%)"): this file reads those figures, conservatively.
import { parseIndicatorValue } from './values';
import type { OfficerReport, ReportParagraph } from '../../agenda-pack';
import type { NarrativeStatement, NarrativeValue } from './types';

const YEAR = String.raw`\d{4}(?:\/\d{2,4})?`;
const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december)`;
/** A month named alone ("at the end of June"): "May" is left out, being also a common word. */
const BARE_MONTH = String.raw`(?:january|february|march|april|june|july|august|september|october|november|december)(?!\s*\d)`;
const PERIOD = [
  String.raw`(?:the\s+)?same\s+(?:point|period|quarter|time)\s+(?:last\s+year|(?:in|of)\s+${YEAR})`,
  String.raw`(?:the\s+)?(?:first|second|third|fourth)\s+quarter(?:\s+of\s+${YEAR})?`,
  String.raw`(?:the|this)\s+quarter(?!\s+(?:[1-4]|ending))`,
  String.raw`(?:the\s+)?year\s+to\s+(?:(?:quarter|q)\s?[1-4]|${MONTH})(?:,?\s+${YEAR})?`,
  String.raw`(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:the\s+)?(?:previous|preceding|last|same)\s+(?:quarter|term|year|month|period)(?:\s+(?:in\s+the\s+preceding|last)\s+year)?`,
  String.raw`(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:quarter|q)\s?[1-4](?:,?\s+${YEAR})?(?!\d)`,
  String.raw`(?:the\s+)?(?:spring|summer|autumn)(?:\s+(?:term|${YEAR}|school|census)){0,3}`,
  String.raw`(?:the\s+)?year\s+${MONTH}\s*[-–]\s*${MONTH}\s+\d{4}`,
  String.raw`${MONTH}\s+\d{4}`,
  String.raw`(?:the\s+)?end\s+of\s+${BARE_MONTH}`,
].join('|');
const FIGURE = String.raw`\d[\d,]*(?:\.\d+)?%?(?:\s+per\s+[\d,]+)?`;
const COUNT = String.raw`\((\d[\d,]*)(?:\s+[a-z' ]{1,40})?\)`;
const VERB = String.raw`(?:was|were|is|are|stood\s+at|stands\s+at|(?:(?:has|have)\s+)?(?:rose|risen|fell|fallen|increased|decreased|reduced|dropped)(?:\s+by\s+[\d.,]+%?)?\s+to)`;

const MAIN = new RegExp(
  String.raw`^(?:(?:during|in|at\s+the\s+end\s+of)\s+(?<lead>${PERIOD}),\s+)?(?<subject>.{5,220}?)\s+${VERB}\s+(?<figure>${FIGURE})(?![\d/])(?<rest>.*)$`,
  'is',
);
/** Unit words between a figure and its period: "16.2 days", "2.1 days per full time equivalent". */
const UNIT = String.raw`(?:\s+(?:calendar\s+|working\s+)?(?:days?|weeks?|kg|kilograms?|tonnes?|hours?|minutes?|per\s+cent)(?:\s+per\s+[a-z ]{2,40}?)?)?`;
const AFTER_VALUE = new RegExp(
  String.raw`^${UNIT}(?:\s*${COUNT})?(?:,?\s+(?:at\s+the\s+end(?:\s+of)?|by\s+the\s+end\s+of|in|for|during|at)\s+(?<period>${PERIOD}))?(?:\s*${COUNT})?`,
  'i',
);
const MEASURE_SUBJECT =
  /^(?:the\s+)?(?:percentage|proportion|number|no\.|rate|instances|level|average|total|%)\b/i;
const FIGURE_FOR = new RegExp(
  String.raw`^(?:the\s+)?(?:[A-Z][a-z]+\s+)?(?<period>${PERIOD})\s+figure(?:\s*\([^)]*\))?\s+for\s+(?<subject>.+)$`,
  'i',
);
const SUBJECT_PERIOD = new RegExp(
  String.raw`^(?<subject>.+?)\s+(?:for|in|during|by|(?:at|by)\s+the\s+end\s+of)\s+(?<period>${PERIOD})(?:\s*\(latest available\))?$`,
  'i',
);
const FOLLOW_ON = new RegExp(
  String.raw`^(?:this|it|the\s+(?:${PERIOD})\s+(?:figure|outturn)|(?:in|during)\s+(?:${PERIOD}),?\s+the\s+(?:figure|rate|outturn|level|result))\b`,
  'i',
);
/** Words that open a sentence about something other than a measure ("This", "Members"). */
const NOT_A_SUBJECT =
  /^(?:this|that|these|those|it|there|we|they|he|she|members?|councillors?|officers?|the\s+(?:council|committee|cabinet|executive|portfolio|report|chair|leader)|out\s+of|of\s+the|in|at|during|by|for|overall|however|although|while)\b/i;
/** "Leisure centre attendances totalled 148,306": verbs a plainly named measure may take. */
const PLAIN_VERB = String.raw`(?:totall?ed|averaged|reached|stood\s+at|stands\s+at|was|were|fell\s+to|rose\s+to|increased\s+to|decreased\s+to|dropped\s+to|improved\s+to)`;
const PLAIN = new RegExp(
  String.raw`^(?<subject>[A-Z][A-Za-z'’ -]{3,90}?)\s+${PLAIN_VERB}\s+(?<figure>${FIGURE})(?![\d/])(?<rest>.*)$`,
  's',
);
/** Where a counted subject ends: a comma, a comparison, or the period it is given for. */
const SUBJECT_END = String.raw`(?<rest>(?:[,;:]|\s+(?:compared|against|bringing|which|up\s+from|down\s+from|an?\s+(?:increase|decrease|rise|fall))\b|\s+(?:in|at|for|by|during|over)\s+(?:${PERIOD})).*|\.?)$`;
/** "At the end of September 2023 there were 87 households in temporary accommodation". */
const THERE_WERE = new RegExp(
  String.raw`^(?:(?:at\s+the\s+end\s+of|by\s+the\s+end\s+of|in|during)\s+(?<lead>${PERIOD}),?\s+)?there\s+(?:were|was)\s+(?<figure>\d[\d,]*)\s+(?<subject>[a-z][a-z'’ -]{3,80}?)${SUBJECT_END}`,
  'is',
);
/** "enabled the delivery of 23 new affordable homes in the quarter". */
const DELIVERED = new RegExp(
  String.raw`\b(?:delivery|completion|provision)\s+of\s+(?<figure>\d[\d,]*)\s+(?<subject>[a-z][a-z'’ -]{3,60}?)${SUBJECT_END}`,
  'is',
);
/** "Customer Services answered 88.6% of telephone calls", "weaker: 71.8% of minor applications". */
const SHARE_OF = new RegExp(
  String.raw`(?:^|:\s*|\b(?:answered|handled|processed|determined|completed|resolved|collected|achieved|met|responded\s+to)\s+)(?<figure>\d+(?:\.\d+)?%)\s+of\s+(?<subject>[a-z][a-z0-9'’ -]{3,120}?)${SUBJECT_END}`,
  'is',
);
/** "CUS.06, Prevent homelessness for … each year, and reported that … a prevention rate of 60.2%". */
const CODED = new RegExp(
  String.raw`\b(?<code>[A-Z]{2,6}[ .]?\d{1,3}[a-z]?)\s*[,:–-]\s+(?<title>[A-Z][^,]{8,160}),\s*(?<rest>.*)$`,
  's',
);
const CODED_FIGURE = new RegExp(
  String.raw`\b(?:rate|level|figure|outturn|total|performance|result)\s+(?:of|was|is|stood\s+at)\s+(?<figure>${FIGURE})(?![\d/])`,
  'i',
);
const EXTRA_VALUES: RegExp[] = [
  new RegExp(
    String.raw`\b(?:from|with|to|than)\s+(?<figure>${FIGURE})(?:\s*\((?<count>\d[\d,]*)[^)]{0,40}\))?\s+(?:at\s+the\s+end\s+of|in|for|during)\s+(?<period>${PERIOD})`,
    'gi',
  ),
  new RegExp(String.raw`\b(?<period>${PERIOD})(?:\s+figure)?\s*\((?<figure>${FIGURE})\)`, 'gi'),
  new RegExp(
    String.raw`\b(?<period>${PERIOD})\s+(?:figure|outturn|result|position)\s+of\s+(?<figure>${FIGURE})(?![\d/])`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:in|during)\s+(?<period>${PERIOD}),?\s+the\s+(?:figure|rate|outturn|level|result)\s+(?:had\s+been|was|stood\s+at)\s+(?<figure>${FIGURE})(?![\d/])`,
    'gi',
  ),
  new RegExp(
    String.raw`\b(?:with|than|behind|ahead\s+of)\s+(?:the\s+)?(?<figure>${FIGURE})(?:\s+[a-z]+)?\s+(?:at|in|for)\s+(?<period>${PERIOD})`,
    'gi',
  ),
];

/** A period phrase as written, without "the end of the" ("previous quarter", "quarter 1"). */
function periodLabel(text: string | undefined): string | null {
  if (!text) return null;
  return text
    .replace(/\s+/g, ' ')
    .replace(/^(?:the\s+)?(?:end\s+(?:of\s+)?)?(?:the\s+)?/i, '')
    .trim();
}

function toCount(text: string | undefined): number | null {
  return text ? Number(text.replace(/,/g, '')) : null;
}

function cleanSubject(text: string): string {
  return text
    .replace(/[‘’'"“”]/g, '')
    .replace(/^the\s+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sentencesOf(text: string): string[] {
  return text
    .replace(/\s+/g, ' ')
    .split(/(?<=[.!?])\s+(?=[A-Z‘'"(\d])/)
    .map((sentence) => sentence.trim())
    .filter(Boolean);
}

/** Figures given with a named period later in a sentence ("a decrease from Quarter 3 (95.8%)"). */
function extraValues(text: string): NarrativeValue[] {
  const found: Array<{ at: number; value: NarrativeValue }> = [];
  for (const pattern of EXTRA_VALUES) {
    for (const match of text.matchAll(pattern)) {
      const figure = match.groups?.figure ?? '';
      const at = match.index ?? 0;
      if (found.some((other) => Math.abs(other.at - at) < match[0].length)) continue;
      found.push({
        at,
        value: {
          ...parseIndicatorValue(figure),
          count: toCount(match.groups?.count),
          periodLabel: periodLabel(match.groups?.period),
        },
      });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((entry) => entry.value);
}

/**
 * Later figures of another kind than the statement's own are left out: beside a percentage, a bare
 * number is a count of children or assessments, not the indicator's value.
 */
function sameKind(main: NarrativeValue, values: NarrativeValue[]): NarrativeValue[] {
  const percent = main.unit === 'percent';
  return values.filter((value) => (value.unit === 'percent') === percent);
}

type Found = { subject: string; values: NarrativeValue[] };

/** The figure, its period and the later figures of the same kind, from the words after it. */
function valuesAfter(figure: string, rest: string, period: string | undefined): NarrativeValue[] {
  // "1 minute 42 seconds" is a duration, not a figure of its own.
  if (/^\s*minutes?\s+\d/i.test(rest)) return [];
  // "was 1,791 (95.7%)": the count, then the percentage that is the indicator's value.
  const share = /^\s*\((\d+(?:\.\d+)?%)\)/.exec(rest);
  if (share?.[1] && /^\d[\d,]*$/.test(figure)) {
    const [value, ...later] = valuesAfter(share[1], rest.slice(share[0].length), period);
    return value ? [{ ...value, count: toCount(figure) }, ...later] : [];
  }
  const after = AFTER_VALUE.exec(rest);
  const count = after?.[1] ?? after?.[3];
  const main: NarrativeValue = {
    ...parseIndicatorValue(figure),
    count: toCount(count),
    periodLabel: periodLabel(after?.groups?.period ?? period),
  };
  return [main, ...sameKind(main, extraValues(rest.slice(after?.[0].length ?? 0)))];
}

/** The subject without a period it names ("… rate for the quarter") and that period. */
function splitSubject(subject: string, period: string | undefined): [string, string | undefined] {
  const withPeriod = SUBJECT_PERIOD.exec(subject);
  if (withPeriod?.groups?.subject) return [withPeriod.groups.subject, withPeriod.groups.period];
  return [subject, period];
}

/** The statement a sentence opens, if it has a measure subject, a verb and a figure. */
function mainStatement(sentence: string): Found | null {
  const match = MAIN.exec(sentence);
  const groups = match?.groups;
  if (!groups?.subject || !groups.figure) return null;
  let subject = groups.subject.trim();
  let period = groups.lead;
  const figureFor = FIGURE_FOR.exec(subject);
  if (figureFor?.groups?.subject) {
    subject = figureFor.groups.subject;
    period = figureFor.groups.period;
  } else {
    if (!MEASURE_SUBJECT.test(subject)) return null;
    [subject, period] = splitSubject(subject, period);
  }
  return {
    subject: cleanSubject(subject),
    values: valuesAfter(groups.figure, groups.rest ?? '', period),
  };
}

/**
 * Statements in the looser wording of minutes and appendices, read where the paragraph is known to
 * be about performance: a plainly named measure ("Leisure centre attendances totalled 148,306"),
 * "there were 87 households in …", "the delivery of 23 new affordable homes", "88.6% of telephone
 * calls", and an indicator introduced by its reference code ("CUS.06, Prevent homelessness …, …
 * a prevention rate of 60.2%").
 */
function looseStatement(sentence: string): Found | null {
  const coded = CODED.exec(sentence)?.groups;
  if (coded?.code && coded.title && coded.rest) {
    const figure = CODED_FIGURE.exec(coded.rest);
    if (figure?.groups?.figure) {
      const rest = coded.rest.slice((figure.index ?? 0) + figure[0].length);
      return {
        subject: cleanSubject(`${coded.code.replace(/\s+/g, ' ')} ${coded.title}`),
        values: valuesAfter(figure.groups.figure, rest, undefined),
      };
    }
  }
  for (const pattern of [THERE_WERE, DELIVERED, SHARE_OF]) {
    const groups = pattern.exec(sentence)?.groups;
    if (!groups?.subject || !groups.figure) continue;
    const subject = groups.subject.replace(/\s+(?:were|was|are|is|have\s+been|had\s+been)\b/i, '');
    return {
      subject: cleanSubject(subject),
      values: valuesAfter(groups.figure, groups.rest ?? '', groups.lead),
    };
  }
  const plain = PLAIN.exec(sentence)?.groups;
  if (plain?.subject && plain.figure && !NOT_A_SUBJECT.test(plain.subject)) {
    const [subject, period] = splitSubject(plain.subject.trim(), undefined);
    if (subject.split(/\s+/).length <= 10) {
      return {
        subject: cleanSubject(subject),
        values: valuesAfter(plain.figure, plain.rest ?? '', period),
      };
    }
  }
  return null;
}

/** A sentence's clauses that each state a measure: "…, and the percentage of … was 58.4%". */
function clausesOf(sentence: string): string[] {
  return sentence.split(/,\s+and\s+(?=the\s+(?:percentage|proportion|number|rate|average)\b)/i);
}

export interface NarrativeOptions {
  /** Read the looser wordings of minutes and appendices too (see looseStatement). */
  loose?: boolean;
}

/** The statements of one paragraph of text, each with its sentence. */
export function readSentences(
  text: string,
  options: NarrativeOptions = {},
): Array<Found & { sentence: string }> {
  const statements: Array<Found & { sentence: string }> = [];
  let current: (Found & { sentence: string }) | null = null;
  for (const sentence of sentencesOf(text)) {
    const found = clausesOf(sentence)
      .map((clause) => mainStatement(clause) ?? (options.loose ? looseStatement(clause) : null))
      .filter((statement): statement is Found => statement !== null && statement.values.length > 0);
    if (found.length > 0) {
      for (const statement of found) {
        current = { ...statement, sentence };
        statements.push(current);
      }
    } else if (current?.values[0] && FOLLOW_ON.test(sentence)) {
      current.values.push(...sameKind(current.values[0], extraValues(sentence)));
      current.sentence = `${current.sentence} ${sentence}`;
    } else current = null;
  }
  return statements;
}

function readParagraph(report: OfficerReport, paragraph: ReportParagraph): NarrativeStatement[] {
  return readSentences(paragraph.text).map((statement) => ({
    ...statement,
    paragraph: paragraph.number,
    reportTitle: report.title,
    source: paragraph.source,
  }));
}

/** Every statement of an indicator's value in a report's numbered paragraphs. */
export function readNarrative(report: OfficerReport): NarrativeStatement[] {
  return report.paragraphs.flatMap((paragraph) => readParagraph(report, paragraph));
}
