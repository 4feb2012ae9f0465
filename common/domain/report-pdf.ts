/**
 * Owns the vocabulary of the clinician PDF shared by the Report screen and
 * main: the paper sizes offered (named as Electron's printToPDF names them)
 * and the file name a saved report gets.
 */
export const PAPER_SIZES = ['A4', 'Letter'] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** "unknot-report-2026-W47.pdf". */
export function reportPdfFileName(week: string): string {
  return `unknot-report-${week}.pdf`;
}
