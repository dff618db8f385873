// A long batch import collects garbage every few files, so its memory stays flat however many
// packs the folder holds.
import { afterBatchFile, FILES_PER_COLLECTION } from '../../electron/services/import/batch-memory';

describe('memory over a long batch import', () => {
  it('collects garbage once every few files, not after every file and not never', () => {
    const collected: number[] = [];
    for (let done = 0; done <= FILES_PER_COLLECTION * 3 + 1; done += 1) {
      afterBatchFile(done, () => collected.push(done));
    }
    expect(collected).toEqual([
      FILES_PER_COLLECTION,
      FILES_PER_COLLECTION * 2,
      FILES_PER_COLLECTION * 3,
    ]);
  });

  it('runs V8’s own full collection when no other is given, without the process being started for it', () => {
    expect(() => afterBatchFile(FILES_PER_COLLECTION)).not.toThrow();
  });
});
