// The one h1 of each page. It can take focus (tabIndex -1) so that moving between sections
// puts keyboard and screen reader users at the start of the new page.
import type { ReactNode } from 'react';

export function PageHeading({ children }: { children: ReactNode }) {
  return (
    <h1 className="page-heading" tabIndex={-1}>
      {children}
    </h1>
  );
}
