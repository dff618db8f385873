// The current section, kept in the address hash so a reload stays on the same page and tests can
// deep-link. Hashes that name no section (such as the skip link's) leave the page as it is.
import { useCallback, useEffect, useState } from 'react';
import { defaultSection, sectionFromHash, type SectionId } from '../sections';

export interface HashRoute {
  section: SectionId;
  /**
   * Shows a section at once, for a click on its link; the link's own hash change follows and
   * agrees. (The hashchange event comes a task later, so waiting for it would let the old page
   * linger for a moment after the click.)
   */
  show: (section: SectionId) => void;
}

export function useHashRoute(): HashRoute {
  const [section, setSection] = useState<SectionId>(
    () => sectionFromHash(window.location.hash) ?? defaultSection,
  );
  useEffect(() => {
    const follow = (): void => {
      const next = sectionFromHash(window.location.hash);
      if (next) setSection(next);
    };
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  const show = useCallback((next: SectionId) => setSection(next), []);
  return { section, show };
}
