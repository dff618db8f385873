// The shell around every page: skip link, header with the theme switch, section navigation,
// the current page in <main>, and the footer. Moving between sections moves focus to the new h1.
import { useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import { AppInfoFooter } from './components/AppInfoFooter';
import { Navigation } from './components/Navigation';
import { ThemeToggle } from './components/ThemeToggle';
import { useHashRoute } from './hooks/use-hash-route';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { QuestionsPage } from './pages/QuestionsPage';
import { ResolutionsPage } from './pages/ResolutionsPage';
import { SearchPage } from './pages/SearchPage';
import { sectionLabel, type SectionId } from './sections';

const pages: Record<SectionId, ComponentType> = {
  meetings: MeetingsPage,
  indicators: IndicatorsPage,
  questions: QuestionsPage,
  resolutions: ResolutionsPage,
  search: SearchPage,
};

export function App() {
  const { section, show } = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const shown = useRef(section);

  useEffect(() => {
    document.title = `${sectionLabel(section)} – Scrutineer`;
    if (shown.current === section) return;
    shown.current = section;
    main.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [section]);

  // The skip link moves focus itself: letting it change the hash would be read as a route.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    main.current?.focus();
  };

  const Page = pages[section];
  return (
    <div className="app">
      <a className="skip-link" href="#main-content" onClick={skipToContent}>
        Skip to content
      </a>
      <header className="app-header">
        <p className="app-name">Scrutineer</p>
        <ThemeToggle />
      </header>
      <div className="app-body">
        <Navigation current={section} onNavigate={show} />
        <main id="main-content" ref={main} tabIndex={-1}>
          <Page />
        </main>
      </div>
      <AppInfoFooter />
    </div>
  );
}
