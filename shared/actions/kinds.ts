// Sorts what a minute records into the kinds a chair follows differently: requests,
// recommendations and commitments are actions to track; noted, decision and procedural are kept
// but not tracked. Reads the words only, so it works whatever layout the minutes were printed in.

export const actionKinds = [
  'noted',
  'decision',
  'recommendation',
  'request',
  'commitment',
  'procedural',
] as const;
export type ActionKind = (typeof actionKinds)[number];

export const trackedKinds: readonly ActionKind[] = ['request', 'recommendation', 'commitment'];

export const isTracked = (kind: ActionKind): boolean => trackedKinds.includes(kind);

/** Minute titles whose resolutions are the business of running the meeting itself. */
const PROCEDURAL_TITLE =
  /^(?:date (?:and time )?of (?:the )?next meeting|(?:confirmation of )?minutes\b|apologies|declarations?\b|urgent items?|exclusion of the press)/i;
const PROCEDURAL_TEXT =
  /\bnext meeting\b[^.]*\b(?:held|take place|scheduled|be on)\b|\bminutes\b[^.]*\b(?:confirmed|approved|signed|taken as read)\b|\bcorrect record\b|\bexclude[ds]? (?:the press|the public)\b/i;

/** Undertakings by an officer or member, wherever they are printed. */
const COMMITMENT =
  /\bundert(?:ook|akes|aken) to\b|\bpromised to\b|\bagreed to (?:provide|circulate|share|send|supply|report|look into|investigate|write|arrange|feed back|follow up|bring|update)\b|\bwould (?:circulate|provide|share|send|report back|feed back|follow up|look into)\b|\b(?:information|details|data|figures|a breakdown|a briefing note|a note)\b[^.]*\b(?:would|will) be (?:provided|circulated|shared|sent|made available|forwarded)\b/i;

/** Bodies a recommendation is addressed to. */
const DECISION_MAKER =
  /\b(?:the )?(?:Cabinet|Executive|(?:County |City |Borough |District |Full )?Council|Mayor|Secretary of State|Government|Health and Wellbeing Board|Scrutiny Commission|(?:Cabinet |Lead )Member)\b/;
const RECOMMENDATION =
  /\brecommend|\b(?:be )?(?:forwarded|referred|submitted|reported|passed on|commended)\s+to\s+(?:the\s+)?(?:Cabinet|Executive|(?:County |City |Borough |Full )?Council|Mayor|Scrutiny Commission|Secretary of State|Government|[A-Z][a-z]+ (?:Board|Commission|Panel|Committee))\b|\burge[sd]?\b/;

/** Asked to bring something back: a report, an update, information. */
const ASKED = /\b(?:be|is|are|been)\s+(?:requested|asked|invited)\s+to\b|\brequests?\s+that\b/i;
const ASKED_TO_BRING_BACK =
  /\b(?:requested|asked|invited)\s+to\s+(?:provide|bring|submit|present|report|circulate|share|supply|update|give|prepare|return)\b/i;
const COMES_BACK =
  /\b(?:report|update|information|briefing|details|data|figures|presentation|paper)\b[^.]*\b(?:be|would be|will be|is to be)\s+(?:provided|brought|presented|submitted|circulated|shared|reported|made available|considered|given|sent)\b|\bbe brought back\b|\breport(?:ed)? back\b|\bfurther report\b|\b(?:to|at|for) (?:a|the) (?:future|next|[A-Z][a-z]+) (?:meeting|committee)\b/i;

const NOTED =
  /\b(?:be|is|are|was|were|been)\s+(?:noted|received|welcomed|acknowledged)\b|^(?:it was )?noted\b|\bnoted and welcomed\b|\bbe received\b/i;

export interface ClassifyContext {
  /** The minute's title, e.g. "Date of next meeting". */
  minuteTitle?: string;
  /** True for an undertaking read from a minute's prose rather than its RESOLVED block. */
  inPassing?: boolean;
}

/** The kind of one resolution or undertaking, from its words and where it was printed. */
export function classifyAction(text: string, context: ClassifyContext = {}): ActionKind {
  const words = text.replace(/\s+/g, ' ').trim();
  if (PROCEDURAL_TEXT.test(words)) return 'procedural';
  if (context.inPassing) return 'commitment';
  if (
    context.minuteTitle &&
    PROCEDURAL_TITLE.test(context.minuteTitle.trim()) &&
    !ASKED.test(words)
  )
    return 'procedural';
  if (COMMITMENT.test(words) && !/^that\b/i.test(words)) return 'commitment';
  if (RECOMMENDATION.test(words)) return 'recommendation';
  if (ASKED.test(words)) {
    if (ASKED_TO_BRING_BACK.test(words) || COMES_BACK.test(words)) return 'request';
    // Asked to consider, review or ensure something: advice to the one asked.
    return 'recommendation';
  }
  if (COMES_BACK.test(words)) return 'request';
  if (DECISION_MAKER.test(words) && /\bbe (?:advised|informed|urged)\b/i.test(words))
    return 'recommendation';
  if (COMMITMENT.test(words)) return 'commitment';
  if (NOTED.test(words)) return 'noted';
  return 'decision';
}
