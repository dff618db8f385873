// Recreates the paragraph numbers Word draws from numbering.xml ("2.1", "(a)", "iv)"), which
// mammoth's raw text drops, so recommendations and resolutions keep the numbers members cite.
import { attribute, childElements, type XmlElement } from './word-xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level whose new item restarts this one; Word's default is any shallower level. */
  restartAfter: number | undefined;
  /** Legal numbering: every number in the label shown as decimal ("2.1" under a roman list). */
  legal: boolean;
}

interface NumberingInstance {
  abstractId: string;
  startOverrides: Map<number, number>;
}

export interface WordNumbering {
  /** The label for a numbered paragraph, advancing the list's counters; '' for unnumbered. */
  labelFor(numId: string, level: number): string;
}

function toRoman(value: number): string {
  const numerals: [number, string][] = [
    [1000, 'm'],
    [900, 'cm'],
    [500, 'd'],
    [400, 'cd'],
    [100, 'c'],
    [90, 'xc'],
    [50, 'l'],
    [40, 'xl'],
    [10, 'x'],
    [9, 'ix'],
    [5, 'v'],
    [4, 'iv'],
    [1, 'i'],
  ];
  let rest = value;
  let roman = '';
  for (const [size, numeral] of numerals) {
    while (rest >= size) {
      roman += numeral;
      rest -= size;
    }
  }
  return roman;
}

function toLetters(value: number): string {
  // Word repeats the letter after z: aa, bb, ...
  const letter = String.fromCharCode(97 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'lowerLetter':
      return toLetters(value);
    case 'upperLetter':
      return toLetters(value).toUpperCase();
    case 'lowerRoman':
      return toRoman(value);
    case 'upperRoman':
      return toRoman(value).toUpperCase();
    case 'decimalZero':
      return value < 10 ? `0${value}` : String(value);
    case 'bullet':
      return '•';
    case 'none':
      return '';
    default:
      return String(value);
  }
}

function levelsOf(abstractNum: XmlElement): Map<number, Level> {
  const levels = new Map<number, Level>();
  for (const lvl of childElements(abstractNum, 'w:lvl')) {
    const property = (name: string) => attribute(childElements(lvl, name)[0], 'w:val');
    const restart = property('w:lvlRestart');
    levels.set(Number(attribute(lvl, 'w:ilvl') ?? 0), {
      start: Number(property('w:start') ?? 1),
      format: property('w:numFmt') ?? 'decimal',
      text: property('w:lvlText') ?? '',
      restartAfter: restart === undefined ? undefined : Number(restart) - 1,
      legal: childElements(lvl, 'w:isLgl').length > 0,
    });
  }
  return levels;
}

/** Reads numbering.xml (absent in documents without lists). */
export function readNumbering(root: XmlElement | undefined): WordNumbering {
  const abstracts = new Map<string, Map<number, Level>>();
  const instances = new Map<string, NumberingInstance>();
  for (const abstractNum of root ? childElements(root, 'w:abstractNum') : []) {
    abstracts.set(attribute(abstractNum, 'w:abstractNumId') ?? '', levelsOf(abstractNum));
  }
  for (const num of root ? childElements(root, 'w:num') : []) {
    const startOverrides = new Map<number, number>();
    for (const override of childElements(num, 'w:lvlOverride')) {
      const start = attribute(childElements(override, 'w:startOverride')[0], 'w:val');
      if (start !== undefined)
        startOverrides.set(Number(attribute(override, 'w:ilvl') ?? 0), Number(start));
    }
    const abstractId = attribute(childElements(num, 'w:abstractNumId')[0], 'w:val') ?? '';
    instances.set(attribute(num, 'w:numId') ?? '', { abstractId, startOverrides });
  }

  // Lists that override a start value count on their own; others share their abstract list's counters.
  const counters = new Map<string, (number | undefined)[]>();
  return {
    labelFor(numId, level) {
      const instance = instances.get(numId);
      const levels = instance && abstracts.get(instance.abstractId);
      const definition = levels?.get(level);
      if (!instance || !levels || !definition) return '';
      const key =
        instance.startOverrides.size > 0 ? `num:${numId}` : `abstract:${instance.abstractId}`;
      const startOf = (index: number) =>
        instance.startOverrides.get(index) ?? levels.get(index)?.start ?? 1;
      const values = counters.get(key) ?? [];
      counters.set(key, values);
      for (let index = 0; index < level; index += 1) values[index] ??= startOf(index);
      const current = values[level];
      values[level] = current === undefined ? startOf(level) : current + 1;
      for (let deeper = level + 1; deeper < values.length; deeper += 1) {
        const restartAfter = levels.get(deeper)?.restartAfter;
        if (restartAfter === undefined || level <= restartAfter) values[deeper] = undefined;
      }
      return definition.text.replace(/%([1-9])/g, (_, digit: string) => {
        const index = Number(digit) - 1;
        const format = definition.legal ? 'decimal' : (levels.get(index)?.format ?? 'decimal');
        return formatNumber(values[index] ?? startOf(index), format);
      });
    },
  };
}
