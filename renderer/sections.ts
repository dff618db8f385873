// The five sections of the app and their addresses (#/meetings, #/meetings/12, …): the
// navigation, the hash route and the page titles all read from this one list.
export const sections = [
  { id: 'meetings', label: 'Meetings' },
  { id: 'indicators', label: 'Indicators' },
  { id: 'questions', label: 'Questions' },
  { id: 'resolutions', label: 'Resolutions' },
  { id: 'search', label: 'Search' },
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
