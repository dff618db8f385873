// The light and dark themes: dark follows the system until the member chooses, and their
// choice is kept for next time.
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { themeStorageKey } from '../../renderer/hooks/use-theme';
import { fakeTransport, renderApp } from './fake-app';

function systemPrefers(scheme: 'dark' | 'light'): void {
  window.matchMedia = (query: string) =>
    ({
      matches: query === '(prefers-color-scheme: dark)' && scheme === 'dark',
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }) as unknown as MediaQueryList;
}

beforeEach(() => {
  window.localStorage.clear();
  document.documentElement.removeAttribute('data-theme');
  systemPrefers('light');
});

describe('the theme switch', () => {
  it('turns the dark theme on and off and remembers the choice', async () => {
    const user = userEvent.setup();
    await renderApp(fakeTransport().transport);
    const toggle = screen.getByRole('button', { name: 'Dark theme' });
    expect(toggle).toHaveAttribute('aria-pressed', 'false');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
    expect(window.localStorage.getItem(themeStorageKey)).toBe('dark');

    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-pressed', 'false');
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
    expect(window.localStorage.getItem(themeStorageKey)).toBe('light');
  });

  it('follows a system set to dark until the member chooses', async () => {
    systemPrefers('dark');
    await renderApp(fakeTransport().transport);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    expect(document.documentElement).toHaveAttribute('data-theme', 'dark');
  });

  it('keeps the light theme a member chose even when the system prefers dark', async () => {
    systemPrefers('dark');
    window.localStorage.setItem(themeStorageKey, 'light');
    await renderApp(fakeTransport().transport);
    expect(screen.getByRole('button', { name: 'Dark theme' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    expect(document.documentElement).toHaveAttribute('data-theme', 'light');
  });
});
