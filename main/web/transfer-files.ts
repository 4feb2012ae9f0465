/**
 * Owns the web preview's side of export and import: a browser tab cannot name
 * files on disk, so the page uploads the file to import (streamed to a
 * temporary file, never held whole) and downloads a finished export from a
 * temporary file. Everything lives in one temporary folder removed on close.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { pipeline } from 'node:stream/promises';
import { Transform, type Readable } from 'node:stream';
import { IMPORT_MAX_BYTES } from '../../common/domain/policy';
import type { TransferFiles } from '../core/ports';
import { NotFoundError } from '../core/errors';

export interface WebTransferFiles extends TransferFiles {
  /** Streams an uploaded file to disk; null when it is larger than any import may be. */
  receiveUpload(body: Readable, name: string): Promise<string | null>;
  close(): void;
}

export function createWebTransferFiles(): WebTransferFiles {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'unknot-preview-files-'));
  const uploads = new Map<string, { path: string; name: string }>();

  return {
    async receiveUpload(body, name) {
      const id = randomUUID();
      const file = path.join(dir, `${id}.upload`);
      let size = 0;
      let tooLarge = false;
      const guard = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > IMPORT_MAX_BYTES) {
            tooLarge = true;
            done(new Error('too large'));
          } else done(null, chunk);
        },
      });
      try {
        await pipeline(body, guard, fs.createWriteStream(file));
      } catch (error) {
        fs.rmSync(file, { force: true });
        if (tooLarge) return null;
        throw error;
      }
      uploads.set(id, { path: file, name: path.basename(name) || 'upload.json' });
      return id;
    },
    exportTarget(suggestedName) {
      const folder = fs.mkdtempSync(path.join(dir, 'export-'));
      return Promise.resolve({ path: path.join(folder, suggestedName), downloadable: true });
    },
    importSource(upload) {
      const file = upload === undefined ? undefined : uploads.get(upload);
      if (!file) return Promise.reject(new NotFoundError('That file is no longer here. Pick it again.'));
      uploads.delete(upload!);
      return Promise.resolve({ ...file, cleanup: () => fs.rmSync(file.path, { force: true }) });
    },
    close() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
