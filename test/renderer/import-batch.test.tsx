// A council's archive folder imports under one bar for the batch and one for the file being read,
// not a bar per file; a few files keep a bar each.
import { render, screen } from '@testing-library/react';
import { ImportProgress } from '../../renderer/components/import/ImportProgress';

const files = Array.from({ length: 12 }, (_, n) => ({
  file: `pack-${n + 1}.txt`,
  done: n < 11 ? 1 : 3,
  total: n < 11 ? 1 : 40,
}));

describe('import progress for a batch', () => {
  it('shows one bar for 300 files, with how many are done, and the file being read', () => {
    render(
      <ImportProgress files={files} batch={{ done: 11, total: 300 }} onCancel={() => undefined} />,
    );
    const bars = screen.getAllByRole('progressbar');
    expect(bars).toHaveLength(2);
    const batch = screen.getByRole('progressbar', { name: '11 of 300 files imported' });
    expect(batch).toHaveAttribute('value', '11');
    expect(batch).toHaveAttribute('max', '300');
    expect(screen.getByRole('progressbar', { name: 'pack-12.txt' })).toHaveAttribute('value', '3');
  });

  it('keeps a bar per file for a few files', () => {
    render(
      <ImportProgress
        files={files.slice(0, 3)}
        batch={{ done: 3, total: 3 }}
        onCancel={() => undefined}
      />,
    );
    expect(screen.getAllByRole('progressbar')).toHaveLength(3);
    expect(screen.queryByText(/files imported/)).not.toBeInTheDocument();
  });
});
