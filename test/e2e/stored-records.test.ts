// End to end with a store that already holds meetings, minutes and a resolution: the pages show
// the stored records (not just empty states), and search finds text across them.
import path from 'node:path';
import { openStore } from '../../db/store';
import {
  insertAgendaItem,
  insertCommittee,
  insertMeeting,
  insertMinute,
  insertResolution,
} from '../fixtures/store/temp-store';
import { screenshotDir, startE2e, type E2eSession } from './browser';

jest.setTimeout(120_000);
let e2e: E2eSession;

async function fillStore(storePath: string): Promise<void> {
  const { db } = await openStore(storePath);
  const committee = insertCommittee(db, 'Place Overview and Scrutiny Committee');
  const past = insertMeeting(db, committee, '2021-03-02', 'held');
  const next = insertMeeting(db, committee, '2099-06-15', 'scheduled');
  insertAgendaItem(db, next, '1', 'Minutes of the last meeting', 1);
  insertAgendaItem(db, next, '2', 'Fly-tipping enforcement update', 2);
  const minute = insertMinute(
    db,
    past,
    '12',
    'Fly-tipping enforcement',
    'Members asked about repeat sites.',
  );
  insertResolution(
    db,
    minute,
    'a',
    'That a further report on fly-tipping be brought to a future meeting.',
  );
  db.close();
}

beforeAll(async () => {
  e2e = await startE2e(fillStore);
  await e2e.page.goto(e2e.url);
});
afterAll(async () => {
  await e2e?.stop();
});

const nav = (name: string) =>
  e2e.page.getByRole('navigation', { name: 'Sections' }).getByRole('link', { name });

describe('the app with records in its store', () => {
  it('lists the upcoming and past meetings of a committee', async () => {
    await e2e.page.getByRole('heading', { level: 1, name: 'Meetings' }).waitFor();
    await e2e.page.getByText('Place Overview and Scrutiny Committee').first().waitFor();
    const text = await e2e.page.getByRole('main').innerText();
    expect(text.indexOf('2099')).toBeGreaterThan(-1);
    expect(text.indexOf('2021')).toBeGreaterThan(text.indexOf('2099'));
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'meetings-with-records.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });

  it('shows what an earlier meeting resolved, with its status', async () => {
    await nav('Resolutions').click();
    await e2e.page
      .getByText('That a further report on fly-tipping be brought to a future meeting.')
      .waitFor();
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'resolutions-with-records.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });

  it('finds a hyphenated word across minutes and resolutions', async () => {
    await nav('Search').click();
    await e2e.page.getByRole('searchbox').fill('fly-tipping');
    await e2e.page.getByRole('button', { name: 'Search' }).click();
    await e2e.page.getByRole('main').getByText('Fly-tipping enforcement').first().waitFor();
    await e2e.page.screenshot({
      path: path.join(screenshotDir, 'search-fly-tipping.png'),
      fullPage: true,
    });
    expect(e2e.problems).toEqual([]);
  });
});
