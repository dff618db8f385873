// Saves an indicator's chart as an SVG or PNG file without the network: the chart's own <svg>
// (with its title and description) is copied, given a legend and a background, and rasterised.
import type { LegendEntry } from './chart-colours';

const svgNamespace = 'http://www.w3.org/2000/svg';
const legendHeight = 28;

interface ExportColours {
  text: string;
  background: string;
}

function element(name: string, attributes: Record<string, string | number>): SVGElement {
  const created = document.createElementNS(svgNamespace, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

function legendSample(entry: LegendEntry, x: number, colour: string): SVGElement {
  switch (entry.style) {
    case 'circle':
      return element('circle', { cx: x + 12, cy: 10, r: 6, fill: colour });
    case 'triangle':
      return element('path', { d: `M ${x + 12} 3 L ${x + 19} 15 L ${x + 5} 15 Z`, fill: colour });
    case 'square':
      return element('rect', { x: x + 6.5, y: 4.5, width: 11, height: 11, fill: colour });
    case 'stepped':
      return element('path', {
        d: `M ${x} 14 H ${x + 12} V 6 H ${x + 24}`,
        fill: 'none',
        stroke: colour,
        'stroke-width': 2,
      });
    default:
      return element('line', {
        x1: x,
        y1: 10,
        x2: x + 24,
        y2: 10,
        stroke: colour,
        'stroke-width': 2,
        ...(entry.style === 'dashed' ? { 'stroke-dasharray': '6 4' } : {}),
      });
  }
}

function legendGroup(legend: LegendEntry[], top: number, colours: ExportColours): SVGElement {
  const group = element('g', { transform: `translate(12 ${top})`, 'font-size': 13 });
  let x = 0;
  for (const entry of legend) {
    const colour = entry.colour === 'currentColor' ? colours.text : entry.colour;
    const label = element('text', { x: x + 30, y: 14, fill: colours.text });
    label.textContent = entry.label;
    group.append(legendSample(entry, x, colour), label);
    x += 30 + entry.label.length * 7.5 + 24;
  }
  return group;
}

function svgSize(svg: SVGSVGElement): { width: number; height: number } {
  return {
    width: Number(svg.getAttribute('width')) || 640,
    height: Number(svg.getAttribute('height')) || 320,
  };
}

/**
 * What makes the chart work on screen and means nothing in a file (recharts' inline styles would
 * also be refused by the page's CSP), left out of the copy.
 */
const screenOnlyAttributes = new Set(['style', 'class', 'role', 'tabindex']);

/**
 * A copy of the chart's elements built node by node with the DOM (never markup edited as text, so a
 * name holding quotes, `<`, `&` or `class="…"` stays exactly as written), without the attributes
 * that only matter on screen.
 */
function copyForFile(node: Node): Node | null {
  if (node.nodeType === Node.TEXT_NODE) return document.createTextNode(node.nodeValue ?? '');
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const source = node as Element;
  const copy = document.createElementNS(source.namespaceURI ?? svgNamespace, source.localName);
  for (const attribute of Array.from(source.attributes)) {
    if (screenOnlyAttributes.has(attribute.name)) continue;
    copy.setAttributeNS(attribute.namespaceURI, attribute.name, attribute.value);
  }
  for (const child of Array.from(source.childNodes)) {
    const copied = copyForFile(child);
    if (copied) copy.append(copied);
  }
  return copy;
}

/**
 * A standalone SVG document of the chart: built from the chart's own elements with its <title> and
 * <desc> first, the theme's text colour written in, a background and the legend drawn inside the
 * picture, and serialised by the browser's XMLSerializer.
 */
export function chartSvgMarkup(
  svg: SVGSVGElement,
  legend: LegendEntry[],
  colours: ExportColours,
): { markup: string; width: number; height: number } {
  const { width, height } = svgSize(svg);
  const fullHeight = height + legendHeight;
  const root = element('svg', {
    width,
    height: fullHeight,
    viewBox: `0 0 ${width} ${fullHeight}`,
    color: colours.text,
    'font-family': 'system-ui, Arial, sans-serif',
  });
  const children = Array.from(svg.childNodes)
    .map(copyForFile)
    .filter((child): child is Node => child !== null);
  // Title and description stay first, as screen readers and image viewers expect.
  const isHeading = (child: Node) =>
    child instanceof Element && (child.localName === 'title' || child.localName === 'desc');
  root.append(
    ...children.filter(isHeading),
    element('rect', { width, height: fullHeight, fill: colours.background }),
    ...children.filter((child) => !isHeading(child)),
    legendGroup(legend, height, colours),
  );
  const markup = new XMLSerializer().serializeToString(root);
  return {
    markup: `<?xml version="1.0" encoding="UTF-8"?>\n${markup}`,
    width,
    height: fullHeight,
  };
}

/** Offers a file to save through an <a download> link to an object URL. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Draws SVG markup onto a canvas at `scale` times its size and returns it as a PNG. */
export function svgToPng(
  markup: string,
  size: { width: number; height: number },
  scale = 2,
): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([markup], { type: 'image/svg+xml' }));
  return new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = size.width * scale;
      canvas.height = size.height * scale;
      const context = canvas.getContext('2d');
      if (!context) {
        reject(new Error('This window cannot draw pictures.'));
        return;
      }
      context.scale(scale, scale);
      context.drawImage(image, 0, 0, size.width, size.height);
      canvas.toBlob((png) => (png ? resolve(png) : reject(new Error('The picture was empty.'))));
    };
    image.onerror = () => reject(new Error('The chart could not be drawn as a picture.'));
    image.src = url;
  }).finally(() => URL.revokeObjectURL(url));
}

/** A file name from an indicator's name: "Re-referrals (12 months)" → "re-referrals-12-months". */
export function fileNameFor(name: string): string {
  const slug = name
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return slug || 'indicator';
}
