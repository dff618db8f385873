// Briefings through the app's contract, as both hosts call it: the items the member picks are the
// items written, progress arrives step by step, a cancelled export returns nothing, and a bad
// meeting or item is refused with a message naming it.
import path from 'node:path';
import { openAppSession, type AppSession } from '../../electron/services/app-session';
import { dispatch } from '../../electron/services/dispatch';
import type { AppEvent } from '../../shared/contract';
import { describeWithSeeds, fillBriefingStore, memberQuestion } from '../support/briefing-store';
import { makeTempDir } from '../support/temp-store';

jest.setTimeout(120_000);
const describeIfSeeds = describeWithSeeds('the briefing contract tests');

let temp: ReturnType<typeof makeTempDir>;
let session: AppSession;
let meetingId: number;

describeIfSeeds('briefings through the contract', () => {
  beforeAll(async () => {
    temp = makeTempDir('scrutineer-briefing-contract-');
    const storePath = path.join(temp.dir, 'store.db');
    ({ meetingId } = await fillBriefingStore(storePath));
    session = await openAppSession(storePath, 'web');
  });
  afterAll(() => {
    session?.close();
    temp?.remove();
  });

  it('previews only the items the member picks, in agenda order', async () => {
    const answer = await dispatch(session.handlers, 'briefing.preview', {
      meetingId,
      items: ['11', '10'],
      memberName: 'Cllr A. Example',
    });
    if (!answer.ok) throw new Error(answer.error.message);
    const layout = answer.result as { blocks: { type: string; level?: number; text?: string }[] };
    const items = layout.blocks
      .filter((block) => block.type === 'heading' && block.level === 2)
      .map((block) => block.text);
    expect(items.slice(1, 3)).toEqual([
      'Item 10: Quarter 4 2021/22 Performance Report',
      'Item 11: Impact of Covid-19',
    ]);
    expect(items).not.toContain('Item 12: Leicestershire Music Service');
    expect(JSON.stringify(layout)).toContain('Cllr A. Example');
    expect(JSON.stringify(layout)).toContain(memberQuestion);
  });

  it('reports progress while writing and answers with the file', async () => {
    const events: AppEvent[] = [];
    const unsubscribe = session.bus.subscribe((event) => events.push(event));
    const answer = await dispatch(session.handlers, 'briefing.export', {
      meetingId,
      format: 'html',
    });
    unsubscribe();
    if (!answer.ok) throw new Error(answer.error.message);
    const file = answer.result as { fileName: string; mimeType: string; dataBase64: string };
    expect(file.fileName).toBe('briefing-2022-06-07.html');
    expect(file.mimeType).toBe('text/html');
    expect(Buffer.from(file.dataBase64, 'base64').toString('utf8')).toContain(memberQuestion);
    const progress = events.filter(
      (event) => event.type === 'progress' && event.task === 'briefing',
    );
    expect(progress.length).toBeGreaterThan(3);
    const last = progress.at(-1)!;
    expect(last.type === 'progress' && last.done === last.total).toBe(true);
  });

  it('stops when cancelled and says nothing was saved', async () => {
    const unsubscribe = session.bus.subscribe((event) => {
      if (event.type === 'progress' && event.task === 'briefing' && event.done === 2)
        void dispatch(session.handlers, 'briefing.cancel', {});
    });
    const answer = await dispatch(session.handlers, 'briefing.export', {
      meetingId,
      format: 'pdf',
    });
    unsubscribe();
    expect(answer).toEqual({
      ok: false,
      error: { code: 'failed', message: 'The briefing was cancelled. Nothing was saved.' },
    });
  });

  it('refuses an agenda item the meeting does not have, naming it', async () => {
    const answer = await dispatch(session.handlers, 'briefing.export', {
      meetingId,
      items: ['10', '99'],
      format: 'md',
    });
    expect(answer.ok).toBe(false);
    if (!answer.ok) expect(answer.error.message).toMatch(/has no item 99\. Its items are 1, 2, 3/);
  });
});
