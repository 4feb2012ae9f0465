/**
 * Owns the files an export writes and an import reads: reading in chunks (so
 * an import never holds a whole file as one string), and writing through a
 * buffer into a side file that replaces the target only once it is complete
 * and on disk, so a cancelled or failed export never leaves half a file where
 * the person asked for one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { IMPORT_MAX_BYTES } from '../../common/domain/policy';
import { tooLarge, type ChunkSource } from './data-transfer';

const CHUNK_BYTES = 1024 * 1024;

/** The file's text in chunks of about a megabyte, decoded as UTF-8 (a character split between chunks is kept whole). */
export function fileChunks(file: string): ChunkSource {
  // Refuse at once, before reading a byte, what cannot be an export.
  if (fs.statSync(file).size > IMPORT_MAX_BYTES) throw tooLarge();
  return function* read() {
    const fd = fs.openSync(file, 'r');
    try {
      const buffer = Buffer.alloc(CHUNK_BYTES);
      const decoder = new StringDecoder('utf8');
      let first = true;
      for (;;) {
        const n = fs.readSync(fd, buffer, 0, CHUNK_BYTES, null);
        if (n === 0) break;
        let text = decoder.write(buffer.subarray(0, n));
        // A byte-order mark some editors add is not part of the JSON.
        if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
        yield text;
      }
      const rest = decoder.end();
      if (rest) yield rest;
    } finally {
      fs.closeSync(fd);
    }
  };
}

/**
 * Runs `produce` with a buffered writer into `target`'s side file, then syncs
 * and renames it into place. If `produce` throws, the side file is removed and
 * `target` is untouched.
 */
export function writeFileAtomically<T>(target: string, produce: (write: (text: string) => void) => T): T {
  const partial = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.partial`);
  const fd = fs.openSync(partial, 'w');
  let pending: string[] = [];
  let pendingLength = 0;
  const flush = () => {
    if (pendingLength === 0) return;
    fs.writeSync(fd, pending.join(''));
    pending = [];
    pendingLength = 0;
  };
  try {
    const result = produce((text) => {
      pending.push(text);
      pendingLength += text.length;
      if (pendingLength >= CHUNK_BYTES) flush();
    });
    flush();
    fs.fsyncSync(fd);
    fs.closeSync(fd);
    fs.renameSync(partial, target);
    return result;
  } catch (error) {
    try {
      fs.closeSync(fd);
    } catch {
      // already closed
    }
    fs.rmSync(partial, { force: true });
    throw error;
  }
}
