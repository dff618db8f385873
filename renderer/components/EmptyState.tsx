// What a page says when there is nothing to show yet: a short heading and a sentence on how
// things get here, never a button that does nothing.
import { useId, type ReactNode } from 'react';

interface EmptyStateProps {
  title: string;
  /** Heading level of the title: 2 under the page heading, 3 under a section's own h2. */
  level?: 2 | 3;
  children: ReactNode;
}

export function EmptyState({ title, level = 2, children }: EmptyStateProps) {
  const titleId = useId();
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="empty-state" aria-labelledby={titleId}>
      <Heading id={titleId}>{title}</Heading>
      {children}
    </section>
  );
}
