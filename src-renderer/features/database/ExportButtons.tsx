/** "CSV" and "JSON" buttons that fetch an export from the backend and hand it to the browser as a download. */
import { useState } from 'react';
import type { ExportFormat } from '../../../src-main/contract/workbench.js';
import { errorMessage } from '../../api/client.js';
import type { ExportedFile } from '../../api/workbench-client.js';
import { saveBlob } from '../../lib/download.js';

interface Props {
  /** e.g. "table todos", for the buttons' names. */
  what: string;
  onExport: (format: ExportFormat) => Promise<ExportedFile>;
}

export function ExportButtons({ what, onExport }: Props) {
  const [busy, setBusy] = useState<ExportFormat | undefined>(undefined);
  const [note, setNote] = useState('');

  async function run(format: ExportFormat) {
    if (busy) return;
    setBusy(format);
    setNote('');
    try {
      const file = await onExport(format);
      saveBlob(file.blob, file.fileName);
      setNote(file.truncated ? `Saved ${file.fileName} — cut at the export limit.` : `Saved ${file.fileName}.`);
    } catch (e) {
      setNote(`Export failed: ${errorMessage(e)}`);
    } finally {
      setBusy(undefined);
    }
  }

  return (
    <span className="export-buttons" role="group" aria-label={`Export ${what}`}>
      <span className="muted">Export</span>
      {(['csv', 'json'] as const).map((format) => (
        <button key={format} type="button" className="button button-small" aria-disabled={busy !== undefined} aria-label={`Export ${what} as ${format.toUpperCase()}`} onClick={() => void run(format)}>
          {busy === format ? <span className="spinner" aria-hidden="true" /> : null}
          {format.toUpperCase()}
        </button>
      ))}
      <span className="visually-hidden" role="status">
        {note}
      </span>
      {note.startsWith('Export failed') && <span className="inline-error">{note}</span>}
    </span>
  );
}
