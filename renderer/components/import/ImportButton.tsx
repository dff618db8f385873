// The "Import agenda pack" button: the keyboard path to importing. It opens the system's file
// picker through a labelled, visually hidden file input, which tests and e2e can also drive.
import { useId, useRef } from 'react';
import { useImporter } from '../../import/import-context';
import { packAccept } from '../../import/upload';

export function ImportButton() {
  const { state, importFiles } = useImporter();
  const input = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const running = state.phase === 'running';
  return (
    <>
      <button
        type="button"
        className="button"
        aria-disabled={running || undefined}
        onClick={() => {
          if (!running) input.current?.click();
        }}
      >
        Import agenda pack
      </button>
      <label htmlFor={inputId} className="visually-hidden">
        Choose agenda pack files
      </label>
      <input
        id={inputId}
        ref={input}
        type="file"
        className="visually-hidden"
        tabIndex={-1}
        accept={packAccept}
        multiple
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          // Clearing lets the member choose the same file again after fixing it.
          event.target.value = '';
          if (files.length > 0) importFiles(files);
        }}
      />
    </>
  );
}
