// "Export briefing" on a meeting's page (and File › Export briefing… in the desktop app): choose
// the format and agenda items, see the preview, save. Writing shows progress and can be cancelled;
// the file arrives as a download (the desktop app asks where to save it).
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BriefingLayout } from '../../../shared/briefing/blocks';
import type { BriefingFormat } from '../../../shared/briefing/types';
import { messageOf } from '../../api';
import { useApi } from '../../api-context';
import type { MeetingDetail } from '../../hooks/use-meeting';
import { saveBlob } from '../../indicators/chart-export';
import '../../styles/briefing.css';
import { BriefingPreview } from './BriefingPreview';

const formats: { value: BriefingFormat; label: string; hint: string }[] = [
  { value: 'docx', label: 'Word', hint: 'to edit or print' },
  { value: 'pdf', label: 'PDF', hint: 'to print or send' },
  { value: 'html', label: 'Web page', hint: 'one file that opens in any browser' },
  { value: 'md', label: 'Markdown', hint: 'a zip with the charts beside the text' },
];

type Saving =
  | { state: 'idle' }
  | { state: 'writing'; done: number; total: number | null; message: string }
  | { state: 'saved'; fileName: string }
  | { state: 'failed'; message: string };

/** Items with a report or an officer named: what a briefing covers unless the member says. */
const substantive = (meeting: MeetingDetail): string[] =>
  meeting.agenda
    .filter((item) => item.number && (item.reportId !== null || item.reportBy !== null))
    .map((item) => item.number!);

function download(dataBase64: string, mimeType: string, fileName: string): void {
  const bytes = Uint8Array.from(atob(dataBase64), (char) => char.charCodeAt(0));
  saveBlob(new Blob([bytes], { type: mimeType }), fileName);
}

function BriefingDialog({ meeting, onClose }: { meeting: MeetingDetail; onClose: () => void }) {
  const api = useApi();
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const [format, setFormat] = useState<BriefingFormat>('docx');
  const [items, setItems] = useState<string[]>(() => substantive(meeting));
  const [memberName, setMemberName] = useState('');
  const [preview, setPreview] = useState<BriefingLayout | null>(null);
  const [previewError, setPreviewError] = useState<string | null>(null);
  const [saving, setSaving] = useState<Saving>({ state: 'idle' });

  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);

  const request = { meetingId: meeting.id, items, ...(memberName.trim() ? { memberName } : {}) };
  const requestKey = JSON.stringify(request);
  useEffect(() => {
    let current = true;
    setPreviewError(null);
    const args = JSON.parse(requestKey) as typeof request;
    if (args.items.length === 0) {
      setPreview(null);
      return;
    }
    api.call('briefing.preview', args).then(
      (layout) => current && setPreview(layout),
      (error: unknown) => current && setPreviewError(messageOf(error)),
    );
    return () => {
      current = false;
    };
  }, [api, requestKey]);

  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'progress' && event.task === 'briefing')
          setSaving((now) =>
            now.state === 'writing'
              ? { state: 'writing', done: event.done, total: event.total, message: event.message }
              : now,
          );
      }),
    [api],
  );

  const save = async (): Promise<void> => {
    setSaving({ state: 'writing', done: 0, total: null, message: 'Starting' });
    try {
      const file = await api.call('briefing.export', { ...request, format });
      download(file.dataBase64, file.mimeType, file.fileName);
      setSaving({ state: 'saved', fileName: file.fileName });
    } catch (error) {
      setSaving({ state: 'failed', message: messageOf(error) });
    }
  };
  const toggle = (number: string, on: boolean): void =>
    setItems((now) =>
      meeting.agenda
        .map((item) => item.number)
        .filter((each): each is string => !!each && (each === number ? on : now.includes(each))),
    );
  const writing = saving.state === 'writing';

  return (
    <dialog ref={dialog} className="briefing-dialog" aria-labelledby={headingId} onClose={onClose}>
      <h2 id={headingId}>Export briefing</h2>
      <div className="briefing-dialog-body">
        <form className="briefing-choices" onSubmit={(event) => event.preventDefault()}>
          <fieldset>
            <legend>Format</legend>
            {formats.map((option) => (
              <label key={option.value} className="briefing-option">
                <input
                  type="radio"
                  name="briefing-format"
                  value={option.value}
                  checked={format === option.value}
                  onChange={() => setFormat(option.value)}
                />{' '}
                {option.label} <span className="briefing-hint">({option.hint})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Agenda items</legend>
            {meeting.agenda
              .filter((item) => item.number)
              .map((item) => (
                <label key={item.id} className="briefing-option">
                  <input
                    type="checkbox"
                    checked={items.includes(item.number!)}
                    onChange={(event) => toggle(item.number!, event.target.checked)}
                  />{' '}
                  {item.number}. {item.title}
                </label>
              ))}
          </fieldset>
          <label className="briefing-name">
            Your name on the cover (optional)
            <input
              type="text"
              value={memberName}
              autoComplete="name"
              onChange={(event) => setMemberName(event.target.value)}
            />
          </label>
        </form>
        <div className="briefing-preview-column">
          <h3 className="briefing-preview-title">Preview</h3>
          {items.length === 0 && <p>Choose at least one agenda item.</p>}
          {previewError && <p className="briefing-error">{previewError}</p>}
          {items.length > 0 && !preview && !previewError && <p>Preparing the preview…</p>}
          {items.length > 0 && preview && <BriefingPreview layout={preview} />}
        </div>
      </div>
      <div className="briefing-status" role="status">
        {writing && (
          <>
            <progress
              max={saving.total ?? undefined}
              value={saving.total ? saving.done : undefined}
              aria-label="Writing the briefing"
            />{' '}
            {saving.message}
          </>
        )}
        {saving.state === 'saved' && `Saved ${saving.fileName}.`}
        {saving.state === 'failed' && <span className="briefing-error">{saving.message}</span>}
      </div>
      <div className="button-row">
        {writing ? (
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void api.call('briefing.cancel', {})}
          >
            Cancel export
          </button>
        ) : (
          <button
            type="button"
            className="button"
            aria-disabled={items.length === 0 || undefined}
            onClick={() => {
              if (items.length > 0) void save();
            }}
          >
            Save briefing
          </button>
        )}
        <button
          type="button"
          className="button button-secondary"
          onClick={() => dialog.current?.close()}
        >
          Close
        </button>
      </div>
    </dialog>
  );
}

/** The button on the meeting page; File › Export briefing… opens the same dialog. */
export function ExportBriefing({ meeting }: { meeting: MeetingDetail }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useEffect(
    () =>
      api.onEvent((event) => {
        if (event.type === 'menu' && event.command === 'export-briefing') setOpen(true);
      }),
    [api],
  );
  return (
    <>
      <p className="briefing-open">
        <button type="button" className="button button-secondary" onClick={() => setOpen(true)}>
          Export briefing
        </button>
      </p>
      {open && <BriefingDialog meeting={meeting} onClose={close} />}
    </>
  );
}
