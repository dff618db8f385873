// Suggests which later agenda item, report or minute answers an action: the same subject (words
// shared with the action and its minute's title), helped by words that say something came back
// ("update", "outcome", "progress") or a report saying it was requested by the Committee on the
// date the action was made. Suggestions only: the chair confirms or rejects them.
import { longDate } from '../long-date';

export interface ActionForMatching {
  text: string;
  /** The title of the minute that recorded the action, e.g. "Home to School Transport". */
  minuteTitle: string;
  /** The meeting that asked, YYYY-MM-DD. */
  meetingDate: string;
}

export interface FollowUpCandidate {
  target: 'agenda-item' | 'report' | 'minute';
  title: string;
  /** Further text read with the title: a report's opening paragraphs, a minute's body. */
  text: string;
}

export interface FollowUpMatch {
  score: number;
  evidence: string;
}

/** Words too common in committee papers to say two things share a subject. */
const COMMON = new Set(
  `a an the and or of for to in on at by with from into as be is are was were been being that this
  these those it its their there which who what when where how than then so such any all some more
  further report reports update updates meeting meetings committee committees council councils
  county city borough district commission panel board cabinet members member officer officers
  director head lead service services information provided provide brought bring back future next
  progress outcome outcomes review reviews item items agenda paper papers note noted request
  requested requests presentation presented consider considered consideration would will could
  should may might must can report's year years month months quarter new plan plans work
  january february march april june july august september october november december annual
  date written statement following details data figures briefing circulated given made now
  overview scrutiny`
    .split(/\s+/)
    .filter(Boolean),
);

const CAME_BACK =
  /\b(?:update|updated|outcome|progress|follow[- ]?up|response|responding|review of|as requested|further report|implementation|one year on|six months on)\b/i;

/** A crude stem: lower case, first six letters, so "inclusion" meets "inclusive". */
const stem = (word: string): string => word.toLowerCase().slice(0, 6);

/** The words of a text that can carry its subject, as stems. */
export function subjectStems(text: string): Set<string> {
  const stems = new Set<string>();
  for (const word of text.toLowerCase().match(/[a-z][a-z'’-]+/g) ?? []) {
    const plain = word.replace(/['’]s$/, '').replace(/['’]/g, '');
    if (plain.length < 3 || COMMON.has(plain)) continue;
    stems.add(stem(plain));
  }
  return stems;
}

/** "as requested by the Committee at its meeting on 12 March 2024" naming the asking meeting. */
function requestedOnPattern(meetingDate: string): RegExp {
  const [day, month, year] = longDate(meetingDate).split(' ');
  const date = `${day}(?:st|nd|rd|th)?\\s+${month}\\s+${year}`;
  return new RegExp(
    `\\b(?:requested|asked for|agreed|resolved|request(?:ed)? of)\\b[^.]{0,120}\\b${date}\\b|\\b${date}\\b[^.]{0,120}\\b(?:requested|asked for|resolved)\\b`,
    'i',
  );
}

/** A candidate read once (its title's stems), however many actions it is checked against. */
export interface PreparedCandidate extends FollowUpCandidate {
  titleStems: Set<string>;
  cameBack: string | null;
}

export function prepareCandidate<C extends FollowUpCandidate>(candidate: C): C & PreparedCandidate {
  return {
    ...candidate,
    titleStems: subjectStems(candidate.title),
    cameBack: CAME_BACK.exec(candidate.title)?.[0] ?? null,
  };
}

/**
 * A matcher for one action, read once: whether a later candidate answers it, with the evidence a
 * chair can check.
 */
export function followUpMatcher(
  action: ActionForMatching,
): (candidate: PreparedCandidate) => FollowUpMatch | null {
  const asked = new Set([...subjectStems(action.text), ...subjectStems(action.minuteTitle)]);
  const requestedPattern = requestedOnPattern(action.meetingDate);
  return (candidate) => {
    const shared = [...candidate.titleStems].filter((s) => asked.has(s));
    const cameBack = candidate.cameBack !== null;
    // The costlier test of the report's text only where the subjects meet at all.
    const requestedOn = shared.length >= 1 && requestedPattern.test(candidate.text);
    const coverage =
      candidate.titleStems.size === 0 ? 0 : shared.length / candidate.titleStems.size;
    const sameSubject = shared.length >= 2 || (shared.length === 1 && coverage >= 0.5);
    const answers = requestedOn || (sameSubject && (cameBack || shared.length >= 2));
    if (!answers) return null;
    const score = shared.length + (cameBack ? 1 : 0) + (requestedOn ? 3 : 0);
    const evidence = [
      `same subject (${sharedWords(candidate.title, shared).join(', ')})`,
      cameBack ? `title says "${candidate.cameBack}"` : '',
      requestedOn ? `says it was requested at the meeting of ${longDate(action.meetingDate)}` : '',
    ].filter(Boolean);
    return { score, evidence: evidence.join('; ') };
  };
}

/** Whether a later candidate answers the action (one pair; see followUpMatcher for many). */
export function matchFollowUp(
  action: ActionForMatching,
  candidate: FollowUpCandidate,
): FollowUpMatch | null {
  return followUpMatcher(action)(prepareCandidate(candidate));
}

/** The candidate's own words for the shared stems, for evidence a person can read. */
function sharedWords(title: string, stems: string[]): string[] {
  const words = title.match(/[A-Za-z][A-Za-z'’-]+/g) ?? [];
  return stems.map((s) => words.find((word) => stem(word.replace(/['’]s$/, '')) === s) ?? s);
}
