// The menu button that stands in for the navigation and the header's actions on a narrow window:
// what it tells a screen reader, and where keyboard focus goes as it opens and closes. (Which
// width shows it is the stylesheet's business, checked in Chromium by test/e2e/reflow.test.ts.)
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { fakeTransport, renderApp } from './fake-app';

const menuButton = () => screen.getByRole('button', { name: 'Menu' });
const sections = () => within(screen.getByRole('navigation', { name: 'Sections' }));

describe('the menu on a narrow window', () => {
  it('starts closed and names the navigation and the header’s actions as what it controls', async () => {
    await renderApp(fakeTransport().transport);
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    const controlled = (menuButton().getAttribute('aria-controls') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id));
    expect(controlled).toContain(screen.getByRole('navigation', { name: 'Sections' }));
    expect(
      controlled.some((part) =>
        part?.contains(screen.getByRole('button', { name: 'Import agenda pack' })),
      ),
    ).toBe(true);
  });

  it('opens from the keyboard, and Escape closes it and puts focus back on the button', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/questions');
    menuButton().focus();
    await user.keyboard('{Enter}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    sections().getByRole('link', { name: 'Search' }).focus();
    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(menuButton()).toHaveFocus();
  });

  it('closes when a section is chosen from it, with focus on the new page’s heading', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/questions');
    await user.click(menuButton());
    await user.click(sections().getByRole('link', { name: 'Resolutions' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Resolutions' })).toHaveFocus();
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
  });

  it('closes and moves focus to the heading when the page already shown is chosen again', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/questions');
    await user.click(menuButton());
    await user.click(sections().getByRole('link', { name: 'Questions' }));
    expect(menuButton()).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('heading', { level: 1, name: 'Questions' })).toHaveFocus();
  });

  it('leaves Escape alone when focus is in the page rather than the menu', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport, '#/search');
    await user.click(menuButton());
    const box = screen.getByLabelText('Words to search for');
    box.focus();
    await user.keyboard('{Escape}');
    expect(menuButton()).toHaveAttribute('aria-expanded', 'true');
    expect(box).toHaveFocus();
  });
});
