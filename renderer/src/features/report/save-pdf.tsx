/**
 * Owns "Save as PDF" for a clinician: the paper (A4 or Letter, defaulting to
 * what the person's locale uses) and the save itself — in the desktop app main
 * prints this window through the print stylesheet and asks where to save; in
 * the web preview the browser's own print dialog does it.
 */
import { useId, useState } from 'react';
import { PAPER_SIZES, type PaperSize } from '@common/domain/report-pdf';
import { api, errorMessage } from '@renderer/lib/api';
import { defaultPaperSize } from './report-text';
import { useToast } from '@renderer/ui/toast';

interface Props {
  week: string;
  shell: 'electron' | 'web' | null;
  paper: PaperSize;
  onPaperChange(paper: PaperSize): void;
}

export function initialPaper(): PaperSize {
  return defaultPaperSize(navigator.language);
}

export function SavePdf({ week, shell, paper, onPaperChange }: Props) {
  const ids = useId();
  const toast = useToast();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function save() {
    setError(null);
    if (shell !== 'electron') {
      // The print stylesheet lays the report out; the browser offers "Save as PDF" as a destination.
      window.print();
      return;
    }
    setSaving(true);
    try {
      const result = await api.report.savePdf({ week, pageSize: paper });
      if (result.saved) toast.show({ message: `Saved the report as ${result.path}` });
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="save-pdf" role="group" aria-labelledby={`${ids}-label`}>
      <span id={`${ids}-label`} className="visually-hidden">
        Save the report for a clinician
      </span>
      <label className="save-pdf-paper" htmlFor={`${ids}-paper`}>
        Paper
      </label>
      <select id={`${ids}-paper`} value={paper} onChange={(e) => onPaperChange(e.target.value as PaperSize)}>
        {PAPER_SIZES.map((size) => (
          <option key={size} value={size}>
            {size}
          </option>
        ))}
      </select>
      <button type="button" className="primary" onClick={() => void save()} disabled={saving} aria-busy={saving}>
        {saving ? 'Saving…' : 'Save as PDF'}
      </button>
      {error && (
        <p className="field-error save-pdf-error" role="alert">
          The PDF was not saved: {error}
        </p>
      )}
    </div>
  );
}
