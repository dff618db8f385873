// The window opens where the member left it, unless that place is no longer on any screen (a
// projector unplugged, a laptop off its dock), in which case it comes back, centred, where it fits.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { BrowserWindow as FakeBrowserWindow } from '../mocks/electron';
import type { BrowserWindow } from 'electron';
import { windowSizes } from '../../electron/main/window';
import {
  parseWindowState,
  placeWindow,
  readWindowState,
  rememberWindowState,
  windowStateFileName,
  writeWindowState,
  type WindowState,
} from '../../electron/main/window-state';
import { makeTempDir } from '../support/temp-store';

const laptop = { x: 0, y: 0, width: 1440, height: 860 };
const secondScreenOnRight = { x: 1440, y: 0, width: 1920, height: 1050 };
const saved = (state: Partial<WindowState>): WindowState => ({
  x: 100,
  y: 80,
  width: 1200,
  height: 760,
  maximized: false,
  ...state,
});

describe('placing the window at start', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], windowSizes)).toEqual({
      bounds: { width: 1280, height: 800 },
      maximized: false,
    });
  });

  it('opens where it was left on a screen that is still there', () => {
    const onSecond = saved({ x: 1600, y: 100, width: 1400, height: 900 });
    expect(placeWindow(onSecond, [laptop, secondScreenOnRight], windowSizes)).toEqual({
      bounds: { x: 1600, y: 100, width: 1400, height: 900 },
      maximized: false,
    });
  });

  it('comes back to the first screen, centred and fitted, when its screen has gone', () => {
    const onSecond = saved({ x: 1600, y: 100, width: 1800, height: 1000 });
    expect(placeWindow(onSecond, [laptop], windowSizes)).toEqual({
      bounds: { width: 1440, height: 860 },
      maximized: false,
    });
  });

  it('does not trust a window whose title bar is above the top of the screen', () => {
    const placement = placeWindow(saved({ y: -300 }), [laptop], windowSizes);
    expect(placement.bounds.x).toBeUndefined();
    expect(placement.bounds.y).toBeUndefined();
  });

  it('does not trust a window with only a sliver left on screen', () => {
    const placement = placeWindow(saved({ x: 1400 }), [laptop], windowSizes);
    expect(placement.bounds.x).toBeUndefined();
  });

  it('never opens smaller than the window’s minimum size', () => {
    const tiny = saved({ width: 200, height: 100 });
    expect(placeWindow(tiny, [laptop], windowSizes).bounds).toMatchObject({
      width: 900,
      height: 600,
    });
  });

  it('opens maximised when it was closed maximised', () => {
    expect(placeWindow(saved({ maximized: true }), [laptop], windowSizes).maximized).toBe(true);
  });
});

describe('reading the saved state', () => {
  it('reads what was written', () => {
    expect(
      parseWindowState('{"x":-1200,"y":0,"width":1000,"height":700,"maximized":true}'),
    ).toEqual({ x: -1200, y: 0, width: 1000, height: 700, maximized: true });
  });

  it.each([
    ['no file', null],
    ['a damaged file', '{"x":1,'],
    ['a list', '[1,2,3,4]'],
    ['text for a number', '{"x":"1","y":0,"width":1000,"height":700}'],
    ['a fraction', '{"x":1.5,"y":0,"width":1000,"height":700}'],
    ['a zero width', '{"x":1,"y":0,"width":0,"height":700}'],
    ['a huge size', '{"x":1,"y":0,"width":1e9,"height":700}'],
  ])('forgets %s and opens at the default size', (_case, text) => {
    expect(parseWindowState(text)).toBeNull();
  });
});

describe('remembering the window between runs', () => {
  it('saves its normal bounds and maximised state on close, and reads them back', () => {
    const temp = makeTempDir('scrutineer-window-state-');
    try {
      const window = new FakeBrowserWindow({ x: 30, y: 40, width: 1100, height: 720 });
      window.maximize();
      rememberWindowState(window as unknown as BrowserWindow, (state) =>
        writeWindowState(temp.dir, state),
      );
      window.emit('close');
      const file = path.join(temp.dir, windowStateFileName);
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
        x: 30,
        y: 40,
        width: 1100,
        height: 720,
        maximized: true,
      });
      expect(readWindowState(temp.dir)).toEqual({
        x: 30,
        y: 40,
        width: 1100,
        height: 720,
        maximized: true,
      });
    } finally {
      temp.remove();
    }
  });

  it('carries on without a remembered size when the profile cannot be written', () => {
    expect(() => writeWindowState('/nonexistent/folder', saved({}))).not.toThrow();
    expect(readWindowState('/nonexistent/folder')).toBeNull();
  });
});
