// The header's dark theme switch: a toggle button whose pressed state is the theme in use.
import { useTheme } from '../hooks/use-theme';

export function ThemeToggle() {
  const { theme, toggle } = useTheme();
  return (
    <button
      type="button"
      className="button button-secondary theme-toggle"
      aria-pressed={theme === 'dark'}
      onClick={toggle}
    >
      Dark theme
    </button>
  );
}
