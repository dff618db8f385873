// The member's questions and notes shown beside the agenda item or report paragraph they belong
// to, with a button to add one there. Selecting words of a paragraph before pressing the button
// anchors to that passage; from the keyboard the button anchors to the whole paragraph.
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { questionStatusLabels } from '../../format';
import { WorkForm } from './WorkForm';
import {
  useWork,
  useWorkspace,
  type AnchorTarget,
  type WorkNote,
  type WorkQuestion,
} from './workspace-context';

const changedText = 'The text it pointed to has changed.';

function Quote({ anchor, whole }: { anchor: WorkQuestion['anchor']; whole: string | null }) {
  if (!anchor.quote || anchor.quote === whole || whole?.startsWith(anchor.quote)) return null;
  return <blockquote className="work-quote">“{anchor.quote}”</blockquote>;
}

function WorkList({
  questions,
  notes,
  whole,
}: {
  questions: WorkQuestion[];
  notes: WorkNote[];
  whole: string | null;
}) {
  const { removeNote } = useWorkspace();
  if (questions.length === 0 && notes.length === 0) return null;
  return (
    <ul className="work-list">
      {questions.map((question) => (
        <li key={`q${question.id}`} className="work-item">
          <p className="work-kind">Your question · {questionStatusLabels[question.status]}</p>
          <Quote anchor={question.anchor} whole={whole} />
          <p>{question.text}</p>
          {question.anchor.changed && <p className="work-changed">{changedText}</p>}
        </li>
      ))}
      {notes.map((note) => (
        <li key={`n${note.id}`} className="work-item work-note">
          <p className="work-kind">Your note</p>
          <Quote anchor={note.anchor} whole={whole} />
          <p>{note.body}</p>
          {note.anchor.changed && <p className="work-changed">{changedText}</p>}
          <button
            type="button"
            className="button button-secondary button-small"
            onClick={() => void removeNote(note)}
          >
            Delete note<span className="visually-hidden">: {note.body.slice(0, 60)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}

/** The words selected inside `container`'s paragraph text, as offsets into that text. */
function selectedPassage(container: Element | null, text: string) {
  const selection = window.getSelection();
  const paragraph = container?.querySelector('p');
  if (!selection || selection.isCollapsed || !paragraph) return null;
  const { anchorNode, focusNode } = selection;
  if (anchorNode !== focusNode || anchorNode?.parentElement !== paragraph) return null;
  const start = Math.min(selection.anchorOffset, selection.focusOffset);
  const end = Math.max(selection.anchorOffset, selection.focusOffset);
  if (paragraph.textContent !== text || end <= start) return null;
  return { start, end, words: text.slice(start, end) };
}

function AddHere({
  about,
  label,
  target,
  text,
}: {
  about: string;
  label: ReactNode;
  target: AnchorTarget;
  text: string | null;
}) {
  const { add } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [passage, setPassage] = useState<{ start: number; end: number; words: string } | null>(
    null,
  );
  const button = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);

  // Closing the form puts focus back on the button that opened it, once it is there again.
  useEffect(() => {
    if (!open && refocus.current) button.current?.focus();
    refocus.current = false;
  }, [open]);

  const capture = (): void => {
    const container = button.current?.closest('.report-paragraph') ?? null;
    setPassage(text ? selectedPassage(container, text) : null);
  };
  const close = (): void => {
    refocus.current = true;
    setOpen(false);
    setPassage(null);
  };
  const save = (kind: 'question' | 'note', written: string) => {
    const narrowed =
      passage && target.kind === 'paragraph'
        ? { ...target, start: passage.start, end: passage.end }
        : target;
    return add(kind, written, narrowed);
  };

  if (open) {
    return (
      <WorkForm about={about} passage={passage?.words ?? null} onSave={save} onClose={close} />
    );
  }
  return (
    <button
      type="button"
      ref={button}
      className="button button-secondary button-small work-add"
      onMouseDown={capture}
      onClick={() => {
        if (!passage) capture();
        setOpen(true);
      }}
    >
      {label}
    </button>
  );
}

export function ParagraphWork({
  paragraph,
  about,
}: {
  paragraph: { id: number; text: string };
  about: string;
}) {
  const work = useWork();
  const own = (anchor: WorkQuestion['anchor']) => anchor.paragraphId === paragraph.id;
  return (
    <div className="work-here">
      <WorkList
        questions={work.questions.filter((each) => !each.carriedFrom && own(each.anchor))}
        notes={work.notes.filter((each) => own(each.anchor))}
        whole={paragraph.text}
      />
      <AddHere
        about={about}
        text={paragraph.text}
        target={{ kind: 'paragraph', paragraphId: paragraph.id }}
        label={
          <>
            Add question or note<span className="visually-hidden"> on {about}</span>
          </>
        }
      />
    </div>
  );
}

/** Work on an agenda item, and paragraph work whose words are gone, kept under its item. */
export function ItemWork({ item, about }: { item: { id: number; title: string }; about: string }) {
  const work = useWork();
  const here = (anchor: WorkQuestion['anchor']) =>
    anchor.agendaItemId === item.id &&
    (anchor.kind === 'agenda-item' || anchor.paragraphId === null);
  return (
    <div className="work-here">
      <WorkList
        questions={work.questions.filter((each) => !each.carriedFrom && here(each.anchor))}
        notes={work.notes.filter((each) => here(each.anchor))}
        whole={item.title}
      />
      <AddHere
        about={about}
        text={null}
        target={{ kind: 'agenda-item', agendaItemId: item.id }}
        label={
          <>
            Add question or note<span className="visually-hidden"> on {about}</span>
          </>
        }
      />
    </div>
  );
}

/** How many of the member's questions and notes are anchored to these paragraphs. */
export function useWorkCount(paragraphs: { id: number }[]): number {
  const work = useWork();
  const ids = new Set(paragraphs.map((paragraph) => paragraph.id));
  const mine = (anchor: WorkQuestion['anchor']) =>
    anchor.paragraphId !== null && ids.has(anchor.paragraphId);
  return (
    work.questions.filter((each) => !each.carriedFrom && mine(each.anchor)).length +
    work.notes.filter((each) => mine(each.anchor)).length
  );
}

/** Work on one resolution or undertaking in the minutes. */
export function ResolutionWork({
  resolution,
}: {
  resolution: { id: number; label: string | null; text: string };
}) {
  const work = useWork();
  const here = (anchor: WorkQuestion['anchor']) => anchor.resolutionId === resolution.id;
  const label = resolution.label?.replace(/^\(|\)$/g, '');
  const about = label ? `resolution (${label})` : 'this resolution';
  return (
    <div className="work-here">
      <WorkList
        questions={work.questions.filter((each) => !each.carriedFrom && here(each.anchor))}
        notes={work.notes.filter((each) => here(each.anchor))}
        whole={resolution.text}
      />
      <AddHere
        about={about}
        text={null}
        target={{ kind: 'resolution', resolutionId: resolution.id }}
        label={
          <>
            Add question or note<span className="visually-hidden"> on {about}</span>
          </>
        }
      />
    </div>
  );
}
