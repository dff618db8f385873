// Where a chair says an action stands; the history keeps every change with its date and note.
export const actionStatuses = ['open', 'in-progress', 'done', 'dropped'] as const;
export type ActionStatus = (typeof actionStatuses)[number];
