// One meeting's workspace (the member's questions and notes) loaded once for the whole meeting
// page, so the agenda, each report paragraph and "My preparation" show the same rows and a change
// made in one place appears in all of them at once.
import { createContext, useContext, useMemo, useState, type ReactNode } from 'react';
import type { Args, Result } from '../../../shared/contract';
import { useApi } from '../../api-context';
import { useCall } from '../../hooks/use-call';
import type { Loadable } from '../../hooks/use-listing';

export type Workspace = Result<'workspace.meeting'>;
export type WorkQuestion = Workspace['questions'][number];
export type WorkNote = Workspace['notes'][number];
export type AnchorTarget = NonNullable<Args<'workspace.addQuestion'>['target']>;
export type QuestionEdit = Omit<Args<'workspace.updateQuestion'>, 'id' | 'atMeetingId'>;

interface WorkspaceValue {
  meetingId: number;
  state: Loadable<Workspace>;
  reload: () => void;
  /** What a screen reader should hear after a change ("Question added."). */
  announcement: string;
  add: (kind: 'question' | 'note', text: string, target?: AnchorTarget) => Promise<void>;
  edit: (question: WorkQuestion, change: QuestionEdit) => Promise<void>;
  reorder: (ids: number[]) => Promise<void>;
  removeNote: (note: WorkNote) => Promise<void>;
}

const WorkspaceContext = createContext<WorkspaceValue | null>(null);

export function WorkspaceProvider({
  meetingId,
  refreshKey,
  children,
}: {
  meetingId: number;
  refreshKey: number;
  children: ReactNode;
}) {
  const api = useApi();
  const { state, reload, update } = useCall('workspace.meeting', { meetingId }, refreshKey);
  const [announcement, setAnnouncement] = useState('');

  const value = useMemo<WorkspaceValue>(
    () => ({
      meetingId,
      state,
      reload,
      announcement,
      add: async (kind, text, target) => {
        if (kind === 'question') {
          const created = await api.call('workspace.addQuestion', { meetingId, text, target });
          update((work) => ({ ...work, questions: [...work.questions, created] }));
        } else {
          const created = await api.call('workspace.addNote', { meetingId, body: text, target });
          update((work) => ({ ...work, notes: [...work.notes, created] }));
        }
        setAnnouncement(kind === 'question' ? 'Question added.' : 'Note added.');
      },
      edit: async (question, change) => {
        const saved = await api.call('workspace.updateQuestion', {
          id: question.id,
          atMeetingId: meetingId,
          ...change,
        });
        update((work) => ({
          ...work,
          questions: work.questions.map((each) => (each.id === saved.id ? saved : each)),
        }));
        setAnnouncement(change.status ? 'Status changed.' : 'Saved.');
      },
      reorder: async (ids) => {
        const position = new Map(ids.map((id, index) => [id, index + 1]));
        update((work) => ({
          ...work,
          questions: [...work.questions]
            .map((each) => ({ ...each, priority: position.get(each.id) ?? each.priority }))
            .sort((a, b) => ids.indexOf(a.id) - ids.indexOf(b.id)),
        }));
        await api.call('workspace.reorder', { ids });
      },
      removeNote: async (note) => {
        await api.call('workspace.deleteNote', { id: note.id });
        update((work) => ({ ...work, notes: work.notes.filter((each) => each.id !== note.id) }));
        setAnnouncement('Note deleted.');
      },
    }),
    [api, meetingId, state, reload, update, announcement],
  );
  return (
    <WorkspaceContext value={value}>
      {children}
      <p role="status" className="visually-hidden">
        {announcement}
      </p>
    </WorkspaceContext>
  );
}

export function useWorkspace(): WorkspaceValue {
  const value = useContext(WorkspaceContext);
  if (!value) throw new Error('useWorkspace was called outside a WorkspaceProvider.');
  return value;
}

/** The loaded workspace, or empty lists while it loads or when it failed. */
export function useWork(): Workspace {
  const { state } = useWorkspace();
  return state.status === 'loaded' ? state.data : { questions: [], notes: [] };
}
