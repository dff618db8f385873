// Writes a council's deterministic multi-year archive of text agenda packs for npm run bench:scale:
// every pack invented here (front sheet, agenda, previous minutes with resolutions, officers'
// reports and a performance table), varied by committee, year and seeded wording, so the same size
// flag always gives the same files, byte for byte.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MONTH_NAMES } from '../../shared/long-date';

export const COUNCIL = 'Eastmoor District Council';

/** Sixteen committees, so an archive holds many meeting series, not one long one. */
export const COMMITTEES = [
  'Overview and Scrutiny Committee',
  'Children and Families Scrutiny Committee',
  'Adult Care and Health Scrutiny Committee',
  'Housing and Communities Scrutiny Committee',
  'Environment and Transport Scrutiny Committee',
  'Economy and Skills Scrutiny Committee',
  'Resources and Finance Scrutiny Committee',
  'Community Safety Scrutiny Panel',
  'Climate Emergency Scrutiny Panel',
  'Health and Wellbeing Scrutiny Board',
  'Corporate Performance Scrutiny Committee',
  'Planning Policy Scrutiny Panel',
  'Culture and Leisure Scrutiny Panel',
  'Budget Scrutiny Task Group',
  'Digital Services Scrutiny Panel',
  'Neighbourhoods Scrutiny Committee',
] as const;

/**
 * The council's measures, in the performance table that the packs of every PERFORMANCE_EVERY-th
 * committee carry (an overview committee, say, not every panel), so each becomes a long series.
 * A quarter's figure is the council's, the same in every pack that prints it, as councils
 * publish them: a new figure for the same quarter would be a restatement.
 */
const MEASURES = [
  ['Household waste recycled', '%', 45, 'high'],
  ['Missed bins per 100,000', '', 60, 'low'],
  ['Calls answered within 60 seconds', '%', 90, 'high'],
  ['Complaints answered within 10 days', '%', 85, 'high'],
  ['Days to process new benefit claims', '', 20, 'low'],
  ['Council tax collected', '%', 97, 'high'],
] as const;

/** Names the archive a run writes and caches: changed whenever the packs written change. */
export const ARCHIVE_VERSION = 'v2';

/** One committee in this many receives the performance report. */
const PERFORMANCE_EVERY = 4;

const SURNAMES =
  'Abbott Akhtar Bennett Brathwaite Carver Chaudhry Delaney Ellison Fairbairn Gallagher Hadley Iqbal Jennings Kowalski Lockhart Mahmood Nightingale Okonkwo Pemberton Quayle Rahman Sinclair Thackeray Underwood Vasquez Whitfield Yardley Zielinski'.split(
    ' ',
  );
const INITIALS = 'ABCDEFGHJKLMNPRST'.split('');
const OFFICERS = [
  'Head of Waste and Recycling',
  'Director of Children’s Services',
  'Assistant Director of Housing',
  'Head of Finance',
  'Director of Public Health',
  'Head of Planning',
  'Chief Executive',
  'Head of Customer Services',
  'Director of Adult Social Care',
  'Head of Community Safety',
];
const PLACES =
  'Ashby Brookfield Castleton Denholme Elmswell Fernhill Greystoke Harwood Ivybridge Kelmarsh Longmoor Marston Northwold Oakridge Pennington Redbourne Saltmarsh Thornbury Upwell Westbury'.split(
    ' ',
  );
const TOPICS = [
  'fly-tipping enforcement',
  'temporary accommodation',
  'school place planning',
  'the medium term financial strategy',
  'adult social care charging',
  'flood risk management',
  'bus service improvement',
  'the local plan review',
  'library opening hours',
  'anti-social behaviour',
  'the carbon reduction plan',
  'leisure centre contracts',
  'housing repairs backlog',
  'special educational needs transport',
  'air quality monitoring',
  'the capital programme',
  'homelessness prevention',
  'street lighting replacement',
  'domestic abuse support',
  'customer contact channels',
];
const VERBS = [
  'noted',
  'welcomed',
  'questioned',
  'challenged',
  'asked for more detail on',
  'expressed concern about',
  'sought assurance on',
  'discussed',
  'praised',
  'examined',
];
const OPENERS = [
  'Members',
  'The committee',
  'The Chair',
  'Several members',
  'The panel',
  'One member',
  'The Vice-Chair',
  'Councillors',
];
const CLAUSES = [
  'in the light of rising demand across the district',
  'given the pressures on the revenue budget this year',
  'because the previous quarter had shown a decline',
  'following the consultation with residents and partners',
  'as recommended by the external auditor',
  'while recognising the work of front-line staff',
  'pending the outcome of the government spending review',
  'so that progress could be tracked at the next meeting',
  'with particular reference to rural parishes',
  'in line with the corporate plan priorities',
];
const ADJECTIVES =
  'significant modest sustained unexpected gradual sharp welcome worrying steady marked'.split(' ');
const NOUNS =
  'improvement reduction increase variance overspend backlog shortfall recovery trend delay'.split(
    ' ',
  );

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Seeded and repeatable (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/**
 * A made-up proper noun from syllables, drawn from a long-tailed vocabulary: a few recur in many
 * packs, most in a handful, as rare words do in real archives.
 */
const SYLLABLES = 'bar cel dor fen gar hol ith kel lan mor nor pel quin ros sel tor vin wick'.split(
  ' ',
);
function rareWord(random: Random): string {
  const rank = Math.floor(Math.exp(random() * Math.log(200_000))); // log-uniform: 1..200,000
  let n = (rank * 104_729) % SYLLABLES.length ** 5;
  let word = '';
  for (let i = 0; i < 4; i += 1) {
    word += SYLLABLES[n % SYLLABLES.length];
    n = Math.floor(n / SYLLABLES.length);
  }
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function councillor(random: Random): string {
  return `Councillor ${pick(random, INITIALS)}. ${pick(random, SURNAMES)}`;
}

function sentence(random: Random): string {
  const figure = (random() * 100).toFixed(1);
  switch (Math.floor(random() * 5)) {
    case 0:
      return `${pick(random, OPENERS)} ${pick(random, VERBS)} ${pick(random, TOPICS)} ${pick(random, CLAUSES)}.`;
    case 1:
      return `The report described a ${pick(random, ADJECTIVES)} ${pick(random, NOUNS)} of ${figure}% in ${pick(random, PLACES)} ward.`;
    case 2:
      return `${councillor(random)} asked whether the ${rareWord(random)} scheme in ${pick(random, PLACES)} would continue beyond March.`;
    case 3:
      return `Officers confirmed that ${pick(random, TOPICS)} would be reviewed ${pick(random, CLAUSES)}.`;
    default:
      return `The ${pick(random, OFFICERS)} explained that spending stood at £${Math.floor(random() * 900 + 100)},000 against a budget of £${Math.floor(random() * 900 + 100)},000.`;
  }
}

function paragraph(random: Random, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(random)).join(' ');
}

const isoDate = (date: Date): string => date.toISOString().slice(0, 10);
const longDate = (date: Date): string =>
  `${date.getUTCDate()} ${MONTH_NAMES[date.getUTCMonth()]} ${date.getUTCFullYear()}`;

/** The date of meeting `round` of a committee: evenly spread from 2006 over `rounds` meetings. */
function meetingDate(committee: number, round: number, rounds: number): Date {
  const span = 20 * 365;
  const step = Math.max(7, Math.floor(span / Math.max(1, rounds)));
  const day = Date.UTC(2006, 0, 9) + (round * step + (committee % 7)) * 86_400_000;
  return new Date(day);
}

/** "Q2 2023/24": the financial quarter `back` quarters before the one holding `date`. */
function quarterLabel(date: Date, back: number): string {
  const months = date.getUTCFullYear() * 12 + date.getUTCMonth() - 3 - back * 3; // from April
  const year = Math.floor(months / 12);
  const quarter = Math.floor((months % 12) / 3) + 1;
  return `Q${quarter} ${year}/${String((year + 1) % 100).padStart(2, '0')}`;
}

/** A measure's figure for a quarter, the same wherever it is printed: between 80% and 120% of target. */
function quarterFigure(measure: number, quarter: string, target: number): number {
  let seed = measure * 7_919;
  for (const character of quarter) seed = (seed * 31 + character.charCodeAt(0)) >>> 0;
  return target * (0.8 + seededRandom(seed)() * 0.4);
}

/** One pack's pages (separated by form feeds in the file), about `targetBytes` of text. */
function packText(
  random: Random,
  committee: string,
  date: Date,
  previous: Date,
  targetBytes: number,
  reportsPerformance: boolean,
): string {
  const pages: string[] = [];
  const members = Array.from({ length: 6 }, () => councillor(random).replace('Councillor ', ''));
  pages.push(
    [
      COUNCIL,
      committee,
      `${WEEKDAYS[date.getUTCDay()]}, ${longDate(date)} at 6.30 pm`,
      `Council Chamber, ${pick(random, PLACES)} Civic Centre`,
      `Membership: Councillors ${members[0]} (Chair), ${members.slice(1, 5).join(', ')} and ${members[5]}`,
    ].join('\n'),
  );
  const topics = Array.from({ length: 4 }, () => pick(random, TOPICS));
  pages.push(
    [
      'AGENDA',
      '1. Apologies for absence',
      '2. Declarations of interest',
      '3. Minutes of the previous meeting (Pages 3 - 4)',
      ...topics.map((topic, i) => `${i + 4}. ${topic.charAt(0).toUpperCase()}${topic.slice(1)}`),
      ...(reportsPerformance ? [`${topics.length + 4}. Performance report`] : []),
    ].join('\n'),
  );
  const minuteBase = 10 + Math.floor(random() * 80);
  const minutes = [`Minutes of the meeting held on ${longDate(previous)}`];
  topics.forEach((topic, i) => {
    minutes.push(`${minuteBase + i}. ${topic.charAt(0).toUpperCase()}${topic.slice(1)}`);
    minutes.push(paragraph(random, 4));
    minutes.push('RESOLVED: That');
    minutes.push(`(a) the report on ${topic} be noted;`);
    minutes.push(
      `(b) the ${pick(random, OFFICERS)} report back on ${pick(random, NOUNS)} in ${pick(random, PLACES)} by ${MONTH_NAMES[(previous.getUTCMonth() + 3) % 12]} ${previous.getUTCFullYear() + 1}.`,
    );
  });
  pages.push(minutes.join('\n'));

  const [earlier, later] = [quarterLabel(date, 2), quarterLabel(date, 1)];
  const table = reportsPerformance
    ? [
        'Performance dashboard',
        `Indicator\t${earlier}\t${later}\tTarget\tRAG`,
        ...MEASURES.map(([name, unit, target, polarity], measure) => {
          const drift = (value: number): string => `${value.toFixed(1)}${unit}`;
          const current = quarterFigure(measure, later, target);
          const good = polarity === 'high' ? current >= target : current <= target;
          return `${name}\t${drift(quarterFigure(measure, earlier, target))}\t${drift(current)}\t${target}${unit}\t${good ? 'Green' : 'Red'}`;
        }),
      ].join('\n')
    : '';

  let reportNumber = 0;
  let length = pages.reduce((sum, page) => sum + page.length + 1, table.length);
  while (length < targetBytes) {
    reportNumber += 1;
    const topic = topics[(reportNumber - 1) % topics.length] ?? 'performance';
    for (let section = 1; section <= 4 && length < targetBytes; section += 1) {
      const lines = section === 1 ? [`Report of the ${pick(random, OFFICERS)}`] : [];
      lines.push(`${section}. ${section === 1 ? 'Purpose of the report' : `Matters on ${topic}`}`);
      for (let item = 1; item <= 6; item += 1) {
        const line = `${section}.${item} ${paragraph(random, 3)}`;
        lines.push(line);
        length += line.length + 1;
      }
      pages.push(lines.join('\n'));
    }
  }
  if (table) pages.push(table);
  return pages.join('\f') + '\n';
}

export interface ArchiveSummary {
  folder: string;
  packs: number;
  textBytes: number;
}

/**
 * Writes packs of about `packBytes` each into `folder` until `totalBytes` of text is written:
 * committee after committee, each meeting's date after the last, with its previous minutes.
 */
export function writeScaleArchive(
  folder: string,
  totalBytes: number,
  packBytes = 100_000,
): ArchiveSummary {
  mkdirSync(folder, { recursive: true });
  const packs = Math.max(COMMITTEES.length, Math.round(totalBytes / packBytes));
  const rounds = Math.ceil(packs / COMMITTEES.length);
  let textBytes = 0;
  for (let index = 0; index < packs; index += 1) {
    const committee = index % COMMITTEES.length;
    const round = Math.floor(index / COMMITTEES.length);
    const random = seededRandom(index * 2_654_435_761 + 17);
    const date = meetingDate(committee, round, rounds);
    const previous = meetingDate(committee, Math.max(0, round - 1), rounds);
    const name = COMMITTEES[committee] ?? COMMITTEES[0];
    const text = packText(
      random,
      name,
      date,
      round === 0 ? new Date(date.getTime() - 42 * 86_400_000) : previous,
      packBytes,
      committee % PERFORMANCE_EVERY === 0,
    );
    textBytes += Buffer.byteLength(text);
    const file = path.join(folder, `${isoDate(date)}-${String(committee).padStart(2, '0')}.txt`);
    writeFileSync(file, text);
  }
  return { folder, packs, textBytes };
}
