// The deterministic 200-page agenda pack the import benchmark prints: front sheet, agenda, minutes,
// officer reports and a dashboard appendix, one <section> per printed page so page ranges are exact.
// Every name and sentence is invented.

export const benchPackPages = 200;

const council = 'Eastmere District Council';
const committee = 'Place Overview and Scrutiny Committee';
const meetingDate = '14 January 2031';
const minutesDate = '10 December 2030';
const reportTitles = [
  'Waste Collection Performance',
  'Housing Repairs Backlog',
  'Local Plan Delivery',
  'Highways Maintenance Programme',
  'Leisure Centre Recommissioning',
  'Town Centre Regeneration',
  'Air Quality Action Plan',
  'Quarterly Performance Dashboard',
];
const reportAuthors = [
  'Head of Waste and Street Scene',
  'Director of Housing',
  'Head of Planning Policy',
  'Director of Place',
  'Head of Leisure and Culture',
  'Director of Regeneration',
  'Head of Environmental Health',
  'Chief Executive',
];
const headings = [
  'Purpose of the report',
  'Recommendations',
  'Background',
  'Current performance',
  'Resident feedback',
  'Options considered',
  'Financial implications',
  'Legal implications',
  'Risk management',
  'Equalities impact',
  'Next steps',
];
const words = (
  'the council committee officers residents service budget target quarter review members ' +
  'performance contract delivery housing waste planning repairs programme investment report ' +
  'partners consultation monitoring survey capacity demand income savings staffing vehicle ' +
  'round route depot tenants homes applications decisions appeals schemes funding grant cabinet ' +
  'portfolio ward estate maintenance backlog complaints response timescale improvement measures'
).split(' ');
const names = ['Fenwick', 'Okafor', 'Pryce', 'Trent', 'Aldous', 'Bramley', 'Castell', 'Dunmore'];

/** A small linear congruential generator: the same pack on every run and every machine. */
function randomFrom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}
let random = randomFrom(0);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;

function sentence(count: number): string {
  const text = Array.from({ length: count }, () => pick(words)).join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function prose(sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(8 + Math.floor(random() * 8))).join(' ');
}

const p = (text: string) => `<p>${text}</p>`;
const section = (body: string) => `<section>${body}</section>`;

/** Pages: 1 front sheet, 2 agenda, 3–16 minutes, then eight reports of 23 pages (the last ends in the dashboard). */
const minutesPages = { from: 3, to: 16 };
const reportPages = reportTitles.map((_, index) => ({
  from: 17 + index * 23,
  to: 39 + index * 23,
}));
const dashboardPages = 10;

function frontSheet(): string {
  return section(
    [
      `<h1>${council}</h1>`,
      p(`Meeting: ${committee}`),
      p(`Date: Tuesday, ${meetingDate}`),
      p('Time: 6.30 pm'),
      p('Location: Council Chamber, Eastmere Civic Centre'),
      p('Contact: Jo Marsh, Democratic Services Officer (Tel: 01632 960321)'),
      p('Email: jo.marsh@eastmere.example'),
      p('Membership'),
      p('Cllr A. Fenwick (Chair)'),
      p('Cllr R. Okafor (Vice-Chair) Cllr J. Pryce Cllr L. Trent'),
      p('Cllr M. Aldous Cllr S. Bramley Cllr K. Castell Cllr P. Dunmore'),
      p(prose(3)),
    ].join(''),
  );
}

function agenda(): string {
  const row = (cells: string[]) => `<tr>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
  const items = [
    row(['1. Apologies for absence', '', '']),
    row(['2. Declarations of interest', '', '']),
    row([
      `3. Minutes of the meeting held on ${minutesDate}`,
      '',
      `(Pages ${minutesPages.from} - ${minutesPages.to})`,
    ]),
    ...reportTitles.map((title, index) =>
      row([
        `${index + 4}. ${title}`,
        reportAuthors[index] ?? '',
        `(Pages ${reportPages[index]?.from} - ${reportPages[index]?.to})`,
      ]),
    ),
    row([`${reportTitles.length + 4}. Work programme`, '', '']),
  ];
  return section(`${p('AGENDA')}<table class="agenda">${items.join('')}</table>`);
}

function minutes(): string {
  const pages: string[] = [];
  let number = 41;
  for (let page = minutesPages.from; page <= minutesPages.to; page += 1) {
    const parts: string[] = [];
    if (page === minutesPages.from) {
      parts.push(
        p(
          `Minutes of a meeting of the ${committee} held at Eastmere Civic Centre on Tuesday, ${minutesDate}.`,
        ),
        p('PRESENT'),
        p('Councillor A. Fenwick (in the Chair)'),
        p('Councillors R. Okafor, J. Pryce, L. Trent, M. Aldous and S. Bramley'),
      );
    }
    for (let minute = 0; minute < 2; minute += 1) {
      parts.push(
        p(`${number}. ${pick(reportTitles)} update.`),
        p(prose(4)),
        p(prose(3)),
        p('RESOLVED: That'),
        p(`(a) the report be noted;`),
        p(`(b) the ${pick(reportAuthors)} report back on ${pick(words)} ${pick(words)};`),
        p(`(c) Councillor ${pick(names)} be thanked for the ${pick(words)} review.`),
      );
      number += 1;
    }
    pages.push(section(parts.join('')));
  }
  return pages.join('');
}

function dashboardPage(title: string, page: number): string {
  const header =
    '<tr><td>Indicator</td><td>Target</td><td>Previous</td><td>Current</td><td>Status</td></tr>';
  const rows = Array.from({ length: 22 }, (_, row) => {
    const target = 40 + ((page * 7 + row * 3) % 55);
    const current = 30 + ((page * 11 + row * 5) % 65);
    const status = current >= target ? 'Green' : current >= target - 5 ? 'Amber' : 'Red';
    return (
      `<tr><td>${pick(words)} ${pick(words)} ${page}-${row + 1}</td><td>${target}%</td>` +
      `<td>${30 + ((page + row) % 60)}.${row % 10}%</td><td>${current}.${(page + row) % 10}%</td>` +
      `<td>${status}</td></tr>`
    );
  }).join('');
  return section(`${p('Appendix A')}<h2>${title}</h2><table>${header}${rows}</table>`);
}

function report(index: number): string {
  const pages: string[] = [];
  const range = reportPages[index] ?? { from: 0, to: 0 };
  const isDashboard = index === reportTitles.length - 1;
  const lastProsePage = isDashboard ? range.to - dashboardPages : range.to;
  let heading = 0;
  let paragraph = 0;
  for (let page = range.from; page <= lastProsePage; page += 1) {
    const parts: string[] = [];
    if (page === range.from) {
      parts.push(
        p(committee.toUpperCase()),
        p(meetingDate.toUpperCase()),
        p((reportTitles[index] ?? '').toUpperCase()),
        p(`REPORT OF THE ${(reportAuthors[index] ?? '').toUpperCase()}`),
      );
    }
    for (let slot = 0; slot < 6; slot += 1) {
      if (paragraph === 0 || paragraph >= 5) {
        heading += 1;
        paragraph = 0;
        parts.push(p(`${heading}. ${headings[(heading - 1) % headings.length]}`));
      }
      paragraph += 1;
      parts.push(p(`${heading}.${paragraph} ${prose(3)}`));
    }
    pages.push(section(parts.join('')));
  }
  for (let page = lastProsePage + 1; page <= range.to; page += 1) {
    pages.push(dashboardPage('Quarterly performance dashboard', page));
  }
  return pages.join('');
}

const style = `
  body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 11pt; line-height: 1.35; }
  section { break-after: page; }
  section:last-child { break-after: auto; }
  h1 { font-size: 18pt; } h2 { font-size: 14pt; }
  table { border-collapse: collapse; width: 100%; }
  .agenda { table-layout: fixed; }
  .agenda td { border: none; padding: 4pt 6pt 4pt 0; width: 34%; }
  .agenda td:first-child { width: 44%; } .agenda td:last-child { width: 22%; }
  td { border: 1px solid #444; padding: 3pt 6pt; text-align: left; font-size: 10pt; }
`;

/** The whole pack as HTML for Chromium to print, A4 with "Page N" footers. */
export function benchPackHtml(): string {
  random = randomFrom(20310114);
  const body = [frontSheet(), agenda(), minutes(), ...reportTitles.map((_, i) => report(i))];
  return `<html><head><style>${style}</style></head><body>${body.join('')}</body></html>`;
}
