// A small reader for WordprocessingML parts: enough XML (elements, attributes, text, entities) to
// walk document.xml, numbering.xml and styles.xml without another dependency.
export interface XmlElement {
  name: string;
  attributes: Map<string, string>;
  children: XmlNode[];
}

export type XmlNode = XmlElement | string;

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) {
      return String.fromCodePoint(parseInt(entity.slice(2), 16));
    }
    if (entity.startsWith('#')) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return entities[entity] ?? whole;
  });
}

const token =
  /<!--[\s\S]*?-->|<!\[CDATA\[([\s\S]*?)\]\]>|<[?!][^>]*>|<(\/?)([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>|([^<]+)/g;
const attributePattern = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Parses a part into its root element; throws on markup that does not nest. */
export function parseXml(xml: string): XmlElement {
  const root: XmlElement = { name: '#document', attributes: new Map(), children: [] };
  const stack: XmlElement[] = [root];
  for (const match of xml.matchAll(token)) {
    const [, cdata, closing, name, attributeText, selfClosing, text] = match;
    const parent = stack[stack.length - 1];
    if (!parent) throw new Error('unbalanced XML');
    if (cdata !== undefined) {
      parent.children.push(cdata);
    } else if (text !== undefined) {
      parent.children.push(decodeEntities(text));
    } else if (name === undefined) {
      continue;
    } else if (closing) {
      if (parent.name !== name) throw new Error(`unexpected </${name}>`);
      stack.pop();
    } else {
      const attributes = new Map<string, string>();
      for (const [, key, double, single] of (attributeText ?? '').matchAll(attributePattern)) {
        if (key) attributes.set(key, decodeEntities(double ?? single ?? ''));
      }
      const element: XmlElement = { name, attributes, children: [] };
      parent.children.push(element);
      if (!selfClosing) stack.push(element);
    }
  }
  const documentElement = root.children.find(
    (node): node is XmlElement => typeof node !== 'string',
  );
  if (!documentElement || stack.length !== 1) throw new Error('incomplete XML');
  return documentElement;
}

export function childElements(element: XmlElement | undefined, name?: string): XmlElement[] {
  if (!element) return [];
  return element.children.filter(
    (node): node is XmlElement =>
      typeof node !== 'string' && (name === undefined || node.name === name),
  );
}

export function attribute(element: XmlElement | undefined, name: string): string | undefined {
  return element?.attributes.get(name);
}
