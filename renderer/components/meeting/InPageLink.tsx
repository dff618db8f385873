// A link to a part of the same page (a report, the minutes). The address hash holds the route, so
// the link moves focus and scroll itself, and opens the part's <details> if it is closed.
import type { ReactNode } from 'react';

/** Focuses the element with this id (a heading with tabIndex -1) and opens its section's details. */
export function jumpTo(id: string): void {
  const target = document.getElementById(id);
  if (!target) return;
  const details = target.closest('section')?.querySelector('details');
  if (details) details.open = true;
  target.focus();
  target.scrollIntoView({ block: 'start' });
}

export function InPageLink({ target, children }: { target: string; children: ReactNode }) {
  return (
    <a
      href={`#${target}`}
      onClick={(event) => {
        event.preventDefault();
        jumpTo(target);
      }}
    >
      {children}
    </a>
  );
}
