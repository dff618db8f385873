// The UI never sends more than one import can take: files past 200 MB in all are kept back with a
// reason (import them next time), so the web host's limit is never what the member runs into.
import { maxImportBytes, sortChosenFiles } from '../../renderer/import/upload';

/** A File that reports `size` bytes without holding them. */
function fileOfSize(name: string, size: number): File {
  const file = new File(['x'], name, { type: 'text/plain' });
  Object.defineProperty(file, 'size', { value: size });
  return file;
}

describe('choosing files whose sizes add up past one import', () => {
  it('accepts files up to 200 MB in all and keeps the rest back with a reason', () => {
    const files = [
      fileOfSize('january.txt', 90 * 1024 * 1024),
      fileOfSize('february.txt', 90 * 1024 * 1024),
      fileOfSize('march.txt', 90 * 1024 * 1024),
      fileOfSize('notes.md', 1024),
    ];
    const { accepted, refused } = sortChosenFiles(files);
    expect(accepted.map((file) => file.name)).toEqual(['january.txt', 'february.txt', 'notes.md']);
    expect(refused).toEqual([
      expect.objectContaining({
        file: 'march.txt',
        status: 'failed',
        error:
          'One import can take up to 200 MB of files, and march.txt would go over that; import it next time.',
      }),
    ]);
    const total = accepted.reduce((sum, file) => sum + file.size, 0);
    expect(total).toBeLessThanOrEqual(maxImportBytes);
  });
});
