// A chart saved as SVG must keep an indicator's name exactly as written, whatever characters it
// holds (quotes, `class="…"`, `<`, `&`), and always be a well-formed SVG file.
import { chartSvgMarkup } from '../../renderer/indicators/chart-export';

const svgNamespace = 'http://www.w3.org/2000/svg';
const hostileNames = [
  'Re-referrals class="rate" (%)',
  'Say "yes style="x',
  'Waiting <18 weeks & over',
  "Children's centres 'reached' role=\"x\"",
];

function chartNamed(name: string): SVGSVGElement {
  const svg = document.createElementNS(svgNamespace, 'svg');
  svg.setAttribute('width', '600');
  svg.setAttribute('height', '300');
  svg.setAttribute('class', 'recharts-surface');
  svg.setAttribute('tabindex', '0');
  svg.setAttribute('role', 'application');
  const title = document.createElementNS(svgNamespace, 'title');
  title.textContent = `${name}: quarterly figures`;
  const desc = document.createElementNS(svgNamespace, 'desc');
  desc.textContent = `${name} rose from 18.9% to 20.1%.`;
  const label = document.createElementNS(svgNamespace, 'text');
  label.setAttribute('class', 'recharts-label');
  label.setAttribute('aria-label', name);
  label.setAttribute('style', 'fill: red');
  label.textContent = name;
  const line = document.createElementNS(svgNamespace, 'path');
  line.setAttribute('d', 'M 0 10 L 100 20');
  line.setAttribute('stroke', 'currentColor');
  svg.append(title, desc, label, line);
  return svg;
}

function exported(name: string): Document {
  const { markup } = chartSvgMarkup(
    chartNamed(name),
    [{ label: name, colour: 'currentColor', style: 'solid' }],
    { text: '#111111', background: '#ffffff' },
  );
  return new DOMParser().parseFromString(markup, 'image/svg+xml');
}

describe('saving a chart as SVG', () => {
  it.each(hostileNames)('keeps the name %s exactly and gives a well-formed SVG', (name) => {
    const file = exported(name);
    expect(file.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = file.documentElement;
    expect(root.localName).toBe('svg');
    expect(root.namespaceURI).toBe(svgNamespace);
    expect(root.querySelector('title')?.textContent).toBe(`${name}: quarterly figures`);
    expect(root.querySelector('desc')?.textContent).toBe(`${name} rose from 18.9% to 20.1%.`);
    const texts = Array.from(root.querySelectorAll('text')).map((text) => text.textContent);
    expect(texts.filter((text) => text === name)).toHaveLength(2); // the label and the legend
    expect(root.querySelector('text[aria-label]')?.getAttribute('aria-label')).toBe(name);
  });

  it('puts the title and description first, then the background, and drops screen-only attributes', () => {
    const root = exported('Re-referrals').documentElement;
    expect(Array.from(root.children).map((child) => child.localName)).toEqual([
      'title',
      'desc',
      'rect',
      'text',
      'path',
      'g',
    ]);
    expect(root.querySelectorAll('[class], [style], [role], [tabindex]')).toHaveLength(0);
    expect(root.getAttribute('height')).toBe('328');
    expect(root.getAttribute('color')).toBe('#111111');
  });
});
