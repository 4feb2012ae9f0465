/**
 * Owns "Save as PDF" for a clinician: a small form opened from the report's
 * header with the optional name and date of birth printed on the PDF and the
 * paper (A4 or Letter, defaulting to what the person's locale uses), all
 * remembered in settings for next time; then the save itself — in the desktop
 * app main prints this window through the print stylesheet and asks where to
 * save; in the web preview the browser's own print dialog does it.
 */
import { useId, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { PAPER_SIZES, type PaperSize } from '@common/domain/report-pdf';
import type { ClinicianPdfSettings } from '@common/domain/settings';
import { BIRTH_DATE_EARLIEST, PDF_NAME_MAX } from '@common/domain/policy';
import { api, errorMessage } from '@renderer/lib/api';
import { todayLocalDate } from '@renderer/lib/dates';
import { defaultPaperSize } from './report-text';
import { birthDateProblem } from './clinician-model';
import { useToast } from '@renderer/ui/toast';

interface Props {
  week: string;
  shell: 'electron' | 'web' | null;
  /** What the form shows and the printed sheet uses (paper null: the locale's). */
  pdf: ClinicianPdfSettings;
  onPdfChange(pdf: ClinicianPdfSettings): void;
  /** Keeps the choices for next time; rejects with main's words if they cannot be saved. */
  remember(pdf: ClinicianPdfSettings): Promise<void>;
}

export function initialPaper(): PaperSize {
  return defaultPaperSize(navigator.language);
}

export function SavePdf({ week, shell, pdf, onPdfChange, remember }: Props) {
  const ids = useId();
  const toast = useToast();
  const [open, setOpen] = useState(false);
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const paper = pdf.paper ?? initialPaper();
  const dobProblem = birthDateProblem(pdf.dateOfBirth ?? '', todayLocalDate());

  async function save(event: FormEvent) {
    event.preventDefault();
    if (dobProblem) return;
    setError(null);
    const chosen: ClinicianPdfSettings = { ...pdf, name: pdf.name.trim(), paper };
    setSaving(true);
    try {
      await remember(chosen);
    } catch (err) {
      // Not remembered is no reason not to print.
      toast.show({ message: `Your choices were not kept for next time: ${errorMessage(err)}` });
    }
    // The sheet must show these exact values before the page is printed.
    flushSync(() => onPdfChange(chosen));
    try {
      if (shell !== 'electron') {
        // The print stylesheet lays the sheet out; the browser offers "Save as PDF" as a destination.
        window.print();
        setOpen(false);
        return;
      }
      const result = await api.report.savePdf({ week, pageSize: paper });
      if (result.saved) {
        toast.show({ message: `Saved the report as ${result.path}` });
        setOpen(false);
      }
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  if (!open) {
    return (
      <div className="save-pdf">
        <button type="button" className="primary" onClick={() => setOpen(true)} aria-expanded={false}>
          Save as PDF…
        </button>
      </div>
    );
  }
  return (
    <form className="save-pdf save-pdf-open" aria-labelledby={`${ids}-title`} onSubmit={(e) => void save(e)}>
      <h2 id={`${ids}-title`} className="save-pdf-title">
        A summary for your clinician
      </h2>
      <p className="hint">One page for a doctor or physical therapist. Name and date of birth are optional.</p>
      <div className="save-pdf-fields">
        <label htmlFor={`${ids}-name`}>Name on the PDF</label>
        <input
          id={`${ids}-name`}
          type="text"
          autoComplete="name"
          maxLength={PDF_NAME_MAX}
          value={pdf.name}
          onChange={(e) => onPdfChange({ ...pdf, name: e.target.value })}
        />
        <label htmlFor={`${ids}-dob`}>Date of birth</label>
        <input
          id={`${ids}-dob`}
          type="date"
          min={BIRTH_DATE_EARLIEST}
          max={todayLocalDate()}
          value={pdf.dateOfBirth ?? ''}
          aria-invalid={dobProblem ? true : undefined}
          aria-describedby={dobProblem ? `${ids}-dob-error` : undefined}
          onChange={(e) => onPdfChange({ ...pdf, dateOfBirth: e.target.value === '' ? null : e.target.value })}
        />
        {dobProblem && (
          <p id={`${ids}-dob-error`} className="field-error">
            {dobProblem}
          </p>
        )}
        <label htmlFor={`${ids}-paper`}>Paper</label>
        <select
          id={`${ids}-paper`}
          value={paper}
          onChange={(e) => onPdfChange({ ...pdf, paper: e.target.value as PaperSize })}
        >
          {PAPER_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </select>
      </div>
      <div className="save-pdf-actions">
        <button type="submit" className="primary" disabled={saving || dobProblem !== null} aria-busy={saving}>
          {saving ? 'Saving…' : 'Save PDF'}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
      {error && (
        <p className="field-error save-pdf-error" role="alert">
          The PDF was not saved: {error}
        </p>
      )}
    </form>
  );
}
