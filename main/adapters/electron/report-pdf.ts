/**
 * Owns the Electron side of the clinician PDF: the native save dialog (over
 * the asking window) and webContents.printToPDF of that window, which renders
 * the Report screen through its print stylesheet. The flow around it lives in
 * main/ipc/report-pdf.ts.
 */
import path from 'node:path';
import { BrowserWindow, app, dialog, webContents, type SaveDialogOptions } from 'electron';
import type { ReportPdfPort } from '../../core/ports';

/** Page margins in inches; the print stylesheet lays the report out inside them. */
const MARGIN_INCHES = 0.45;

function contentsOf(contentsId: number) {
  const contents = webContents.fromId(contentsId);
  if (!contents || contents.isDestroyed()) throw new Error('The window that asked for the PDF has closed.');
  return contents;
}

export function createReportPdfPort(): ReportPdfPort {
  return {
    async chooseSavePath(contentsId, defaultFileName) {
      const owner = BrowserWindow.fromWebContents(contentsOf(contentsId));
      const options: SaveDialogOptions = {
        title: 'Save the report as PDF',
        buttonLabel: 'Save PDF',
        defaultPath: path.join(app.getPath('documents'), defaultFileName),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async printToPdf(contentsId, pageSize) {
      return contentsOf(contentsId).printToPDF({
        pageSize,
        printBackground: true,
        landscape: false,
        margins: { top: MARGIN_INCHES, bottom: MARGIN_INCHES, left: MARGIN_INCHES, right: MARGIN_INCHES },
        // The paper the person chose wins over the stylesheet's @page size (which serves the browser's print).
        preferCSSPageSize: false,
      });
    },
  };
}
