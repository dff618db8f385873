// On a narrow window (a laptop at 400% zoom, a small screen) the section navigation and the
// header's actions fold away behind one "Menu" button, so the page can use the whole width. The
// button discloses them in place (aria-expanded, aria-controls); Escape inside the menu closes it
// and puts focus back on the button. On a wide window the stylesheet hides the button.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';

export interface Menu {
  open: boolean;
  toggle: () => void;
  close: () => void;
  button: RefObject<HTMLButtonElement | null>;
  /** The ids of the parts the button shows and hides. */
  parts: readonly string[];
}

/** Whether an element is the menu button or inside one of the parts it controls. */
function insideMenu(target: EventTarget | null, menu: Pick<Menu, 'button' | 'parts'>): boolean {
  if (!(target instanceof Node)) return false;
  if (menu.button.current?.contains(target)) return true;
  return menu.parts.some((id) => document.getElementById(id)?.contains(target));
}

export function useMenu(parts: readonly string[]): Menu {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = useCallback(() => setOpen(false), []);
  const toggle = useCallback(() => setOpen((wasOpen) => !wasOpen), []);

  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (!insideMenu(event.target, { button, parts })) return;
      setOpen(false);
      button.current?.focus();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open, parts]);

  return { open, toggle, close, button, parts };
}

export function MenuButton({ menu }: { menu: Menu }) {
  return (
    <button
      ref={menu.button}
      type="button"
      className="button button-secondary menu-button"
      aria-expanded={menu.open}
      aria-controls={menu.parts.join(' ')}
      onClick={menu.toggle}
    >
      <span className="menu-icon" aria-hidden="true" />
      Menu
    </button>
  );
}
