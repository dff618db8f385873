// The shell around every page: skip link, header with the import button and theme switch, section
// navigation, the import panel and current page in <main>, and the footer. Moving between pages
// moves focus to the new h1; files dropped anywhere on the window are imported. On a narrow window
// the navigation and the header's actions fold behind the menu button, which closes on moving.
import { lazy, Suspense, useEffect, useRef, type ComponentType, type MouseEvent } from 'react';
import { AppInfoFooter } from './components/AppInfoFooter';
import { DropZone } from './components/import/DropZone';
import { ImportButton } from './components/import/ImportButton';
import { ImportPanel } from './components/import/ImportPanel';
import { MenuButton, useMenu } from './components/MenuButton';
import { Navigation, navigationId } from './components/Navigation';
import { ThemeToggle } from './components/ThemeToggle';
import { useHashRoute } from './hooks/use-hash-route';
import { ImportProvider } from './import/import-context';
import { ActionsPage } from './pages/ActionsPage';
import { CommitteesPage } from './pages/CommitteesPage';
import { IndicatorsPage } from './pages/IndicatorsPage';
import { MeetingPage } from './pages/MeetingPage';
import { MeetingsPage } from './pages/MeetingsPage';
import { QuestionsPage } from './pages/QuestionsPage';
import { ResolutionsPage } from './pages/ResolutionsPage';
import { SearchPage } from './pages/SearchPage';
import { sectionLabel, type SectionId } from './sections';

// The indicator page carries the charting library; it loads when first opened, so every other
// page (and the scorecard) starts faster.
const IndicatorPage = lazy(() =>
  import('./pages/IndicatorPage').then((module) => ({ default: module.IndicatorPage })),
);

const headerActionsId = 'header-actions';
const menuParts = [headerActionsId, navigationId] as const;

const pages: Record<SectionId, ComponentType> = {
  meetings: MeetingsPage,
  indicators: IndicatorsPage,
  questions: QuestionsPage,
  actions: ActionsPage,
  resolutions: ResolutionsPage,
  search: SearchPage,
  committees: CommitteesPage,
};

export function App() {
  const { section, meetingId, indicatorId, show } = useHashRoute();
  const main = useRef<HTMLElement>(null);
  const page = `${section}/${meetingId ?? indicatorId ?? ''}`;
  const shown = useRef(page);
  const menu = useMenu(menuParts);
  const closeMenu = menu.close;

  const focusHeading = (): void => main.current?.querySelector<HTMLElement>('h1')?.focus();

  useEffect(() => {
    document.title = `${sectionLabel(section)} – Scrutineer`;
    if (shown.current === page) return;
    shown.current = page;
    focusHeading();
  }, [section, page]);

  useEffect(() => closeMenu(), [page, closeMenu]);

  // Choosing the page already shown changes no route, so focus leaves the closing menu here.
  const navigate = (next: SectionId): void => {
    closeMenu();
    show(next);
    if (page === `${next}/`) focusHeading();
  };

  // The skip link moves focus itself: letting it change the hash would be read as a route.
  const skipToContent = (event: MouseEvent<HTMLAnchorElement>): void => {
    event.preventDefault();
    main.current?.focus();
  };

  const Page = pages[section];
  return (
    <ImportProvider>
      <div className="app" data-menu={menu.open ? 'open' : 'closed'}>
        <a className="skip-link" href="#main-content" onClick={skipToContent}>
          Skip to content
        </a>
        <header className="app-header">
          <p className="app-name">Scrutineer</p>
          <MenuButton menu={menu} />
          <div className="header-actions" id={headerActionsId}>
            <ImportButton />
            <ThemeToggle />
          </div>
        </header>
        <div className="app-body">
          <Navigation current={section} onNavigate={navigate} />
          <main id="main-content" ref={main} tabIndex={-1}>
            <ImportPanel onDismiss={focusHeading} />
            {meetingId !== null ? (
              <MeetingPage key={meetingId} id={meetingId} />
            ) : indicatorId !== null ? (
              <Suspense fallback={<p role="status">Loading the indicator…</p>}>
                <IndicatorPage key={indicatorId} id={indicatorId} />
              </Suspense>
            ) : (
              <Page />
            )}
          </main>
        </div>
        <AppInfoFooter />
        <DropZone />
      </div>
    </ImportProvider>
  );
}
