// The current section (and meeting or indicator, for #/meetings/12 or #/indicators/3), kept in the address hash so a reload stays
// on the same page and tests can deep-link. Hashes that name no section leave the page as it is.
import { useCallback, useEffect, useState } from 'react';
import {
  defaultSection,
  indicatorIdFromHash,
  meetingIdFromHash,
  sectionFromHash,
  type SectionId,
} from '../sections';

export interface Route {
  section: SectionId;
  /** The meeting whose page is open, or null for the section's own page. */
  meetingId: number | null;
  /** The indicator whose page is open, or null. */
  indicatorId: number | null;
}

export interface HashRoute extends Route {
  /**
   * Shows a section at once, for a click on its link; the link's own hash change follows and
   * agrees. (The hashchange event comes a task later, so waiting for it would let the old page
   * linger for a moment after the click.)
   */
  show: (section: SectionId) => void;
}

function routeFromHash(hash: string): Route | null {
  const section = sectionFromHash(hash);
  return section
    ? { section, meetingId: meetingIdFromHash(hash), indicatorId: indicatorIdFromHash(hash) }
    : null;
}

export function useHashRoute(): HashRoute {
  const [route, setRoute] = useState<Route>(
    () =>
      routeFromHash(window.location.hash) ?? {
        section: defaultSection,
        meetingId: null,
        indicatorId: null,
      },
  );
  useEffect(() => {
    const follow = (): void => {
      const next = routeFromHash(window.location.hash);
      if (next) setRoute(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const show = useCallback(
    (section: SectionId) => setRoute({ section, meetingId: null, indicatorId: null }),
    [],
  );
  return { ...route, show };
}
