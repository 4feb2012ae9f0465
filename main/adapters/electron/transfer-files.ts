/**
 * Owns the Electron side of export and import files: native save and open
 * dialogs over the asking window. The export is then written by a worker
 * thread straight to the chosen path; the import is read from it in chunks.
 */
import path from 'node:path';
import { BrowserWindow, app, dialog, webContents, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { TransferFiles } from '../../core/ports';

function ownerOf(contentsId: number | undefined): BrowserWindow | null {
  const contents = contentsId === undefined ? undefined : webContents.fromId(contentsId);
  return contents && !contents.isDestroyed() ? BrowserWindow.fromWebContents(contents) : null;
}

export function createTransferFiles(): TransferFiles {
  return {
    async exportTarget(suggestedName, contentsId) {
      const csv = suggestedName.endsWith('.csv');
      const options: SaveDialogOptions = {
        title: 'Export your Unknot data',
        buttonLabel: 'Export',
        defaultPath: path.join(app.getPath('documents'), suggestedName),
        filters: [csv ? { name: 'CSV table', extensions: ['csv'] } : { name: 'Unknot export', extensions: ['json'] }],
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      };
      const owner = ownerOf(contentsId);
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : { path: result.filePath, downloadable: false };
    },
    async importSource(_upload, contentsId) {
      const options: OpenDialogOptions = {
        title: 'Import an Unknot export',
        buttonLabel: 'Import',
        defaultPath: app.getPath('documents'),
        filters: [{ name: 'Unknot export', extensions: ['json'] }],
        properties: ['openFile'],
      };
      const owner = ownerOf(contentsId);
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      const file = result.canceled ? undefined : result.filePaths[0];
      return file ? { path: file, name: path.basename(file) } : null;
    },
  };
}
