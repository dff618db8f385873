// "My preparation" for one meeting: the member's questions in the order of business (those
// carried from the committee's last meeting first), each group in the member's priority order,
// with a box to add a question about the meeting as a whole.
import { useEffect, useRef, useState } from 'react';
import type { MeetingDetail } from '../../hooks/use-meeting';
import { PreparationRow } from './PreparationRow';
import { WorkForm } from './WorkForm';
import { useWork, useWorkspace, type WorkQuestion } from './workspace-context';

interface Group {
  key: string;
  title: string;
  questions: WorkQuestion[];
}

/** Questions grouped as they are listed: carried in, the meeting as a whole, then each item. */
function groupsOf(meeting: MeetingDetail, questions: WorkQuestion[]): Group[] {
  const carried = questions.filter((each) => each.carriedFrom);
  const own = questions.filter((each) => !each.carriedFrom);
  const byItem = new Map<number, WorkQuestion[]>();
  const general: WorkQuestion[] = [];
  for (const question of own) {
    const item = question.anchor.agendaItemId;
    if (item !== null && meeting.agenda.some((each) => each.id === item)) {
      byItem.set(item, [...(byItem.get(item) ?? []), question]);
    } else general.push(question);
  }
  const groups: Group[] = [
    { key: 'carried', title: 'Carried from earlier meetings', questions: carried },
    { key: 'general', title: 'The meeting as a whole', questions: general },
    ...meeting.agenda.map((item) => ({
      key: `item-${item.id}`,
      title: `${item.number ? `Item ${item.number}: ` : ''}${item.title}`,
      questions: byItem.get(item.id) ?? [],
    })),
  ];
  return groups.filter((group) => group.questions.length > 0);
}

export function MyPreparation({ meeting }: { meeting: MeetingDetail }) {
  const { add, reorder } = useWorkspace();
  const { questions } = useWork();
  const [adding, setAdding] = useState(false);
  const addButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!adding && refocus.current) addButton.current?.focus();
    refocus.current = false;
  }, [adding]);
  const list = useRef<HTMLDivElement>(null);
  const groups = groupsOf(meeting, questions);
  const [moved, setMoved] = useState('');

  /** Sends the whole displayed order with `ids` put in place of `group`'s questions. */
  async function saveGroupOrder(group: Group, ids: number[]): Promise<void> {
    const order = groups.flatMap((each) =>
      each.key === group.key ? ids : each.questions.map((question) => question.id),
    );
    await reorder(order);
  }

  async function move(question: WorkQuestion, by: -1 | 1): Promise<boolean> {
    const group = groups.find((each) => each.questions.includes(question));
    if (!group) return false;
    const ids = group.questions.map((each) => each.id);
    const from = ids.indexOf(question.id);
    const to = from + by;
    if (to < 0 || to >= ids.length) {
      setMoved(by < 0 ? 'Already first in its group.' : 'Already last in its group.');
      return false;
    }
    ids.splice(from, 1);
    ids.splice(to, 0, question.id);
    await saveGroupOrder(group, ids);
    setMoved(`Moved to priority ${to + 1} of ${ids.length}.`);
    // Keep focus on the same control of the row now in its new place.
    const active = document.activeElement;
    const label = active instanceof HTMLButtonElement ? active.textContent : null;
    requestAnimationFrame(() => {
      const rows = list.current?.querySelectorAll<HTMLLIElement>(
        `[data-group="${group.key}"] > li`,
      );
      const row = rows?.[to];
      const button = [...(row?.querySelectorAll('button') ?? [])].find(
        (each) => each.textContent === label,
      );
      (button ?? row?.querySelector('select'))?.focus();
    });
    return true;
  }

  function dropOnto(draggedId: number, onto: WorkQuestion): void {
    const group = groups.find((each) => each.questions.includes(onto));
    if (!group || !group.questions.some((each) => each.id === draggedId)) return;
    const ids = group.questions.map((each) => each.id).filter((id) => id !== draggedId);
    ids.splice(ids.indexOf(onto.id), 0, draggedId);
    void saveGroupOrder(group, ids);
  }

  return (
    <section aria-labelledby="my-preparation" className="meeting-part prep">
      <h2 id="my-preparation" tabIndex={-1}>
        My preparation
      </h2>
      <p className="hint">
        Your questions in the order of business. Move a question up or down with its buttons, with
        Alt and the arrow keys, or by dragging it. Questions not asked at the committee’s last
        meeting are carried here.
      </p>
      {adding ? (
        <WorkForm
          about="the meeting as a whole"
          passage={null}
          onSave={(kind, text) => add(kind, text, { kind: 'meeting' })}
          onClose={() => {
            refocus.current = true;
            setAdding(false);
          }}
        />
      ) : (
        <button
          type="button"
          ref={addButton}
          className="button button-secondary"
          onClick={() => setAdding(true)}
        >
          Add a question about the meeting
        </button>
      )}
      <p role="status" className="visually-hidden">
        {moved}
      </p>
      {groups.length === 0 ? (
        <p>No questions yet. Add one here, or beside any agenda item or report paragraph below.</p>
      ) : (
        <div ref={list}>
          {groups.map((group) => (
            <div key={group.key} className="prep-group">
              <h3>{group.title}</h3>
              <ol className="prep-list" data-group={group.key}>
                {group.questions.map((question, index) => (
                  <PreparationRow
                    key={question.id}
                    question={question}
                    position={index + 1}
                    count={group.questions.length}
                    onMove={move}
                    onDrop={dropOnto}
                  />
                ))}
              </ol>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
