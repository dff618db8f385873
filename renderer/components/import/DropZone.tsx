// Files dragged onto the window: a clearly marked zone appears while dragging and a drop imports
// them. It also stops the window from opening a dropped file in place of the app.
import { useEffect, useState } from 'react';
import { useImporter } from '../../import/import-context';

const carriesFiles = (event: DragEvent): boolean =>
  [...(event.dataTransfer?.types ?? [])].includes('Files');

export function DropZone() {
  const { importFiles } = useImporter();
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    // Enter and leave fire for every element crossed; the zone hides when the count is back to 0.
    let depth = 0;
    const enter = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      depth += 1;
      setDragging(true);
    };
    const leave = (): void => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setDragging(false);
    };
    const over = (event: DragEvent): void => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const drop = (event: DragEvent): void => {
      event.preventDefault();
      depth = 0;
      setDragging(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) importFiles(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragleave', leave);
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [importFiles]);

  if (!dragging) return null;
  return (
    <div className="drop-zone">
      <p>
        <span aria-hidden="true" className="drop-zone-icon">
          ⇩
        </span>{' '}
        Drop agenda pack files here to import them
      </p>
      <p className="drop-zone-hint">PDF, Word (.docx), text or Markdown</p>
    </div>
  );
}
