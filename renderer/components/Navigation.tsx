// The sidebar list of sections (on a narrow window, the list the menu button opens). The current
// one carries aria-current="page" so it is announced and styled as the page the member is on.
import type { MouseEvent } from 'react';
import { sectionHref, sections, type SectionId } from '../sections';

/** The navigation's id, for the menu button's aria-controls. */
export const navigationId = 'sections-nav';

interface NavigationProps {
  current: SectionId;
  /** Called on a plain click, before the link changes the address hash. */
  onNavigate: (section: SectionId) => void;
}

const isPlainClick = (event: MouseEvent): boolean =>
  event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

export function Navigation({ current, onNavigate }: NavigationProps) {
  return (
    <nav id={navigationId} className="sections-nav" aria-label="Sections">
      <ul>
        {sections.map((section) => (
          <li key={section.id}>
            <a
              href={sectionHref(section.id)}
              aria-current={section.id === current ? 'page' : undefined}
              onClick={(event) => {
                if (isPlainClick(event)) onNavigate(section.id);
              }}
            >
              {section.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
