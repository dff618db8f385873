// Remembers the main window's size and position between runs in window-state.json in the app's
// user-data folder. Saved bounds are checked against today's displays, so a window last seen on a
// projector or a second screen that has gone comes back where the member can reach it.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const windowStateFileName = 'window-state.json';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState extends Rectangle {
  maximized: boolean;
}

export interface WindowSizes {
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
}

/** Where and how big to open the window; no x and y means "let the system centre it". */
export interface Placement {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
}

const isWhole = (value: unknown): value is number =>
  typeof value === 'number' && Number.isInteger(value) && Math.abs(value) < 100_000;

/** The saved state, or null for a missing, damaged or hand-edited file that makes no sense. */
export function parseWindowState(text: string | null): WindowState | null {
  if (text === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const { x, y, width, height, maximized } = value as Record<string, unknown>;
  if (!isWhole(x) || !isWhole(y) || !isWhole(width) || !isWhole(height)) return null;
  if (width <= 0 || height <= 0) return null;
  return { x, y, width, height, maximized: maximized === true };
}

// Enough of the title bar must be on a screen for the member to grab it and move the window.
const grabWidth = 100;
const grabHeight = 32;

function titleBarOn(state: Rectangle, area: Rectangle): boolean {
  const left = Math.max(state.x, area.x);
  const right = Math.min(state.x + state.width, area.x + area.width);
  return (
    right - left >= grabWidth && state.y >= area.y && state.y + grabHeight <= area.y + area.height
  );
}

function fitted(size: number, minimum: number, room: number): number {
  return Math.max(minimum, Math.min(size, room));
}

/**
 * Where to open the window: the saved bounds when its title bar is on one of the displays (made
 * no bigger than that display's work area), else the saved size, fitted to the first display, and
 * centred; with nothing saved, the default size, centred.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rectangle[],
  sizes: WindowSizes,
): Placement {
  const primary = workAreas[0];
  if (saved === null || primary === undefined) {
    return { bounds: { width: sizes.width, height: sizes.height }, maximized: false };
  }
  const home = workAreas.find((area) => titleBarOn(saved, area));
  const area = home ?? primary;
  const width = fitted(saved.width, sizes.minWidth, area.width);
  const height = fitted(saved.height, sizes.minHeight, area.height);
  const bounds = home ? { x: saved.x, y: saved.y, width, height } : { width, height };
  return { bounds, maximized: saved.maximized };
}

/** The state file's text, or null when there is none yet or it cannot be read. */
export function readWindowState(userDataDir: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(path.join(userDataDir, windowStateFileName), 'utf8'));
  } catch {
    return null;
  }
}

/** Saves the state; a read-only profile only loses the remembered size, so errors are ignored. */
export function writeWindowState(userDataDir: string, state: WindowState): void {
  try {
    writeFileSync(path.join(userDataDir, windowStateFileName), `${JSON.stringify(state)}\n`);
  } catch {
    // Nothing to tell the member: next time the window opens at the default size.
  }
}

/** The part of a BrowserWindow whose state is remembered. */
export interface TrackedWindow {
  once(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
}

/** Saves the window's normal (unmaximised) bounds and whether it was maximised when it closes. */
export function rememberWindowState(
  window: TrackedWindow,
  save: (state: WindowState) => void,
): void {
  window.once('close', () =>
    save({ ...window.getNormalBounds(), maximized: window.isMaximized() }),
  );
}
