// The sections of the app and their addresses (#/meetings, #/meetings/12, #/indicators/3): the
// navigation, the hash route and the page titles all read from this one list.
export const sections = [
  { id: 'meetings', label: 'Meetings' },
  { id: 'indicators', label: 'Indicators' },
  { id: 'questions', label: 'Questions' },
  { id: 'actions', label: 'Actions' },
  { id: 'resolutions', label: 'Resolutions' },
  { id: 'search', label: 'Search' },
  { id: 'committees', label: 'Committees' },
] as const;

export type SectionId = (typeof sections)[number]['id'];

export const defaultSection: SectionId = 'meetings';

export const sectionHref = (id: SectionId): string => `#/${id}`;

/** The section a location hash names ("#/questions"), or null when it names none. */
export function sectionFromHash(hash: string): SectionId | null {
  const match = /^#\/([a-z]+)/.exec(hash);
  return sections.find((section) => section.id === match?.[1])?.id ?? null;
}

export function sectionLabel(id: SectionId): string {
  return sections.find((section) => section.id === id)?.label ?? id;
}

/** The address of one meeting's page. */
export const meetingHref = (id: number): string => `#/meetings/${id}`;

/** The meeting a location hash names ("#/meetings/12"), or null when it names none. */
export function meetingIdFromHash(hash: string): number | null {
  const match = /^#\/meetings\/(\d{1,15})$/.exec(hash);
  const id = Number(match?.[1]);
  return match && id > 0 ? id : null;
}

/** The address of one indicator's page; `part` names a place on it ("exceptions"). */
export const indicatorHref = (id: number, part?: string): string =>
  `#/indicators/${id}${part ? `/${part}` : ''}`;

/** The indicator a location hash names ("#/indicators/3", "#/indicators/3/exceptions"), or null. */
export function indicatorIdFromHash(hash: string): number | null {
  const match = /^#\/indicators\/(\d{1,15})(?:\/[a-z-]+)?$/.exec(hash);
  const id = Number(match?.[1]);
  return match && id > 0 ? id : null;
}
