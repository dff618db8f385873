// Reads styles.xml for what a paragraph's style says about it: the numbering council templates
// attach to heading styles, the heading level ("heading 2", an outline level), bold and size.
import { attribute, childElements, type XmlElement } from './word-xml';

export interface WordStyle {
  numId?: string;
  level?: number;
  basedOn?: string;
  /** 1–6 from the style's name ("heading 2", "Title") or its outline level. */
  headingLevel?: number;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
}

export interface WordStyles {
  styles: Map<string, WordStyle>;
  /** The document's default font size in points (Word's own default is 10 pt). */
  defaultSize: number;
}

/** A toggle property (w:b, w:i): present means on unless its value says off. */
export function toggle(properties: XmlElement | undefined, name: string): boolean | undefined {
  const element = childElements(properties, name)[0];
  if (!element) return undefined;
  const value = attribute(element, 'w:val');
  return value === undefined || !['0', 'false', 'off'].includes(value);
}

/** A size property (w:sz) in half-points, as points. */
export function sizeOf(properties: XmlElement | undefined): number | undefined {
  const value = attribute(childElements(properties, 'w:sz')[0], 'w:val');
  return value === undefined || Number.isNaN(Number(value)) ? undefined : Number(value) / 2;
}

function headingLevelOf(style: XmlElement, pPr: XmlElement | undefined): number | undefined {
  const name = attribute(childElements(style, 'w:name')[0], 'w:val') ?? '';
  const named = /^heading\s*([1-9])$/i.exec(name);
  if (named) return Math.min(Number(named[1]), 6);
  if (/^title$/i.test(name)) return 1;
  const outline = attribute(childElements(pPr, 'w:outlineLvl')[0], 'w:val');
  if (outline !== undefined && Number(outline) < 9) return Math.min(Number(outline) + 1, 6);
  return undefined;
}

export function readStyles(root: XmlElement | undefined): WordStyles {
  const styles = new Map<string, WordStyle>();
  for (const style of childElements(root, 'w:style')) {
    const pPr = childElements(style, 'w:pPr')[0];
    const rPr = childElements(style, 'w:rPr')[0];
    const numPr = childElements(pPr, 'w:numPr')[0];
    const ilvl = attribute(childElements(numPr, 'w:ilvl')[0], 'w:val');
    styles.set(attribute(style, 'w:styleId') ?? '', {
      numId: attribute(childElements(numPr, 'w:numId')[0], 'w:val'),
      level: ilvl === undefined ? undefined : Number(ilvl),
      basedOn: attribute(childElements(style, 'w:basedOn')[0], 'w:val'),
      headingLevel: headingLevelOf(style, pPr),
      bold: toggle(rPr, 'w:b'),
      italic: toggle(rPr, 'w:i'),
      size: sizeOf(rPr),
    });
  }
  const defaults = childElements(
    childElements(childElements(root, 'w:docDefaults')[0], 'w:rPrDefault')[0],
    'w:rPr',
  )[0];
  return { styles, defaultSize: sizeOf(defaults) ?? 10 };
}

/** The first value a style or the styles it is based on set for one property. */
export function inherited<K extends keyof WordStyle>(
  styles: Map<string, WordStyle>,
  styleId: string | undefined,
  key: K,
): WordStyle[K] | undefined {
  let id = styleId;
  for (let depth = 0; id && depth < 10; depth += 1) {
    const style = styles.get(id);
    if (style?.[key] !== undefined) return style[key];
    id = style?.basedOn;
  }
  return undefined;
}
