// The shell a member moves around in: landmarks, the five sections, where focus goes and what
// the address says, so a keyboard or screen reader user always knows where they are.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeTransport, renderApp } from './fake-app';

const sections = () => within(screen.getByRole('navigation', { name: 'Sections' }));

describe('moving around the app', () => {
  it('opens on the meetings page when the address names no section', async () => {
    await renderApp(fakeTransport().transport);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Meetings');
    expect(sections().getByRole('link', { name: 'Meetings' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(await screen.findByText('No meetings yet')).toBeInTheDocument();
  });

  it('has a banner, the sections navigation, main content and a footer', async () => {
    await renderApp(fakeTransport().transport);
    expect(screen.getByRole('banner')).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: 'Sections' })).toBeInTheDocument();
    expect(screen.getByRole('main')).toBeInTheDocument();
    expect(screen.getByRole('contentinfo')).toBeInTheDocument();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('marks the chosen section as current and moves focus to its heading', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport);
    await user.click(sections().getByRole('link', { name: 'Indicators' }));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Indicators' });
    expect(heading).toHaveFocus();
    expect(sections().getByRole('link', { name: 'Indicators' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    expect(sections().getByRole('link', { name: 'Meetings' })).not.toHaveAttribute('aria-current');
    expect(window.location.hash).toBe('#/indicators');
    expect(document.title).toBe('Indicators – Scrutineer');
  });

  it.each(['Meetings', 'Indicators', 'Questions', 'Resolutions', 'Search'])(
    'titles the %s page with exactly its section name',
    async (section) => {
      const user = userEvent.setup();
      await renderApp(fakeTransport().transport, '#/search');
      await user.click(sections().getByRole('link', { name: section }));
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(
        new RegExp(`^${section}$`),
      );
    },
  );

  it('opens the section named in the address, so a reload stays on the same page', async () => {
    await renderApp(fakeTransport().transport, '#/resolutions');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Resolutions');
    expect(await screen.findByText('No resolutions yet')).toBeInTheDocument();
  });

  it('leaves focus alone on first load so Tab reaches the skip link first', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/questions');
    expect(screen.getByRole('heading', { level: 1 })).not.toHaveFocus();
    await user.tab();
    expect(screen.getByRole('link', { name: 'Skip to content' })).toHaveFocus();
  });

  it('skips to the main content without leaving the current section', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/questions');
    await user.click(screen.getByRole('link', { name: 'Skip to content' }));
    expect(screen.getByRole('main')).toHaveFocus();
    expect(window.location.hash).toBe('#/questions');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Questions');
  });

  it('says where the store is and its schema version in the footer', async () => {
    await renderApp(fakeTransport().transport);
    const footer = screen.getByRole('contentinfo');
    expect(await within(footer).findByText(/schema v1/)).toHaveTextContent(
      'Store: /home/member/Scrutineer/store.db · schema v1 · Scrutineer 0.1.0',
    );
  });
});
