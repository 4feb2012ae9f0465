/**
 * Owns saving the Report screen as a PDF for a clinician (report:save-pdf):
 * ask where to save, have the asking window print itself with its print
 * stylesheet, and write the file so that a failure never leaves half a PDF
 * behind. Electron does the asking and printing behind ReportPdfPort
 * (main/adapters/electron/report-pdf.ts), so this logic is tested in Node with a fake port.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { reportPdfFileName, type PaperSize } from '../../common/domain/report-pdf';
import type { CallSender } from '../security/trusted-sender';
import { BadRequestError } from './dispatcher';
import type { ReportPdfPort } from '../core/ports';

export interface SavedPdf {
  saved: boolean;
  path: string | null;
}

const NO_PORT_MESSAGE =
  'Saving the report as a file works in the desktop app. Here, use your browser’s print dialog and choose “Save as PDF”.';

export async function saveReportPdf(
  port: ReportPdfPort | undefined,
  request: { week: string; pageSize: PaperSize },
  caller: CallSender,
): Promise<SavedPdf> {
  if (!port) throw new BadRequestError(NO_PORT_MESSAGE);
  if (caller.contentsId === undefined) throw new BadRequestError('the window asking for the PDF is unknown.');
  const chosen = await port.chooseSavePath(caller.contentsId, reportPdfFileName(request.week));
  if (!chosen) return { saved: false, path: null };
  const target = /\.pdf$/i.test(chosen) ? chosen : `${chosen}.pdf`;
  const pdf = await port.printToPdf(caller.contentsId, request.pageSize);
  await writeFileAtomically(target, pdf);
  return { saved: true, path: target };
}

/** Writes beside the target and renames over it, so the target is either the old file or the whole new one. */
export async function writeFileAtomically(target: string, data: Uint8Array): Promise<void> {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  try {
    await fs.writeFile(partial, data);
    await fs.rename(partial, target);
  } catch (error) {
    await fs.rm(partial, { force: true });
    throw error;
  }
}
