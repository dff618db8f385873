// Reads the questions recorded in a "Question Time" or members' questions minute: who asked,
// the question, the reply, and any supplementary question and its answer.

import type { QuestionKind, QuestionRecord, SourceRange } from '../agenda-pack';

const ASKED_BY =
  /^(?:question\s+(?:asked\s+)?(?:by|from)|questions?\s+submitted\s+by)\s+(.+?)\s*:?$/i;
const ASKED_FOLLOWING =
  /^(?:[-•]\s*)?(?:\(?[a-z0-9]{1,3}[.)]\s+)?(.+?)\s+(?:asked|submitted|put)\s+the following questions?\b/i;
const REPLY_HEADING = /^(?:reply|response|answer)(?:\s+(?:by|from|of)\s+.+?)?\s*:?$/i;
const REPLIED_AS_FOLLOWS = /\b(?:replied|responded|answered)(?: as follows)?\s*:$/i;
const SUPPLEMENTARY_HEADING = /^supplementary questions?\s*:?\s*(.*)$/i;
const ASKED_SUPPLEMENTARY = /\basked (?:a |as )?(?:\w+ )?supplementary questions?\b/i;
const REPLY_SENTENCE = /^at the invitation of the chair|\b(?:replied|responded|answered)\b/i;

/** A paragraph of the minute with where it was read from. */
export interface QuestionBlock {
  text: string;
  source: SourceRange;
}

type Part = 'question' | 'reply' | 'supplementary' | 'supplementaryReply';

interface Draft {
  asker: string | null;
  parts: Record<Part, string[]>;
  source: SourceRange;
}

function merge(range: SourceRange, next: SourceRange): SourceRange {
  return { page: range.page, lineFrom: range.lineFrom, pageTo: next.pageTo, lineTo: next.lineTo };
}

function joined(parts: string[]): string | null {
  const text = parts.join('\n').trim();
  return text === '' ? null : text;
}

/** Reads each question in a question minute's paragraphs; none when none were received. */
export function parseQuestions(blocks: QuestionBlock[], kind: QuestionKind): QuestionRecord[] {
  const drafts: Draft[] = [];
  let part: Part = 'question';
  for (const block of blocks) {
    const text = block.text.trim();
    const askedBy = ASKED_BY.exec(text);
    const askedFollowing = askedBy ? null : ASKED_FOLLOWING.exec(text);
    if (askedBy || askedFollowing) {
      const asker = (askedBy?.[1] ?? askedFollowing?.[1] ?? '').replace(/[:,]$/, '').trim();
      drafts.push({
        asker: asker || null,
        parts: { question: [], reply: [], supplementary: [], supplementaryReply: [] },
        source: block.source,
      });
      part = 'question';
      continue;
    }
    const draft = drafts[drafts.length - 1];
    if (!draft) continue;
    draft.source = merge(draft.source, block.source);
    const supplementary = SUPPLEMENTARY_HEADING.exec(text);
    if (REPLY_HEADING.test(text) || (part === 'question' && REPLIED_AS_FOLLOWS.test(text))) {
      part = part === 'supplementary' ? 'supplementaryReply' : 'reply';
      continue;
    }
    if (supplementary) {
      part = 'supplementary';
      if (supplementary[1]) draft.parts.supplementary.push(supplementary[1]);
      continue;
    }
    if (part === 'reply' && ASKED_SUPPLEMENTARY.test(text)) part = 'supplementary';
    else if (
      part === 'supplementary' &&
      draft.parts.supplementary.length > 0 &&
      REPLY_SENTENCE.test(text)
    )
      part = 'supplementaryReply';
    draft.parts[part].push(text);
  }
  return drafts
    .filter((draft) => draft.parts.question.length > 0)
    .map((draft) => ({
      kind,
      asker: draft.asker,
      question: joined(draft.parts.question) ?? '',
      reply: joined(draft.parts.reply),
      supplementary: joined(draft.parts.supplementary),
      supplementaryReply: joined(draft.parts.supplementaryReply),
      source: draft.source,
    }));
}
