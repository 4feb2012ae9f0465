/**
 * Owns reading an export file piece by piece: splits the text of one JSON
 * object, fed in chunks of any size, into its top-level fields, and each
 * top-level array into its elements, one parsed value at a time. Only one
 * element is ever held as text, so a file of any size is read in little
 * memory. The splitter checks the structure (braces, brackets, strings,
 * commas); each element's own text is checked by JSON.parse.
 */

export type JsonEvent =
  | { kind: 'field'; key: string; value: unknown }
  | { kind: 'array-start'; key: string }
  | { kind: 'element'; key: string; index: number; value: unknown }
  | { kind: 'array-end'; key: string; count: number };

export class JsonStreamError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
    this.name = 'JsonStreamError';
  }
}

/** One record's text may not be larger than this (a pain entry is well under 10 KB). */
export const MAX_ELEMENT_CHARS = 4 * 1024 * 1024;

type Mode =
  | 'before-object' // whitespace, then '{'
  | 'before-key' // whitespace, then '"' (or '}' when the object is empty)
  | 'in-key'
  | 'before-colon'
  | 'before-value'
  | 'in-value' // capturing a field's value (scalar or nested) at depth 1
  | 'before-element' // inside a top-level array: whitespace, then an element (or ']' when empty)
  | 'in-element'
  | 'after-element' // ',' or ']'
  | 'after-value' // ',' or '}'
  | 'done';

const isSpace = (c: string) => c === ' ' || c === '\n' || c === '\r' || c === '\t';

/**
 * Splits a JSON object fed by `push` into events. `end` checks nothing is left
 * open. Throws JsonStreamError with the character offset where the text stops
 * being a JSON object.
 */
export class JsonRecordSplitter {
  private mode: Mode = 'before-object';
  private offset = 0;
  private key = '';
  private text = '';
  private depth = 0; // nesting inside the value or element being captured
  private inString = false;
  private escaped = false;
  private index = 0;
  private readonly keys = new Set<string>();

  constructor(private readonly emit: (event: JsonEvent) => void) {}

  push(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.mode === 'in-value' || this.mode === 'in-element') {
        i = this.captureRun(chunk, i);
      } else {
        this.step(chunk[i]!);
        i++;
        this.offset++;
      }
    }
  }

  end(): void {
    if (this.mode !== 'done') this.fail('the file ends before the export does');
  }

  private fail(what: string): never {
    throw new JsonStreamError(what, this.offset);
  }

  private step(c: string): void {
    switch (this.mode) {
      case 'before-object':
        if (isSpace(c)) return;
        if (c !== '{') this.fail('an export starts with "{"');
        this.mode = 'before-key';
        return;
      case 'before-key':
        if (isSpace(c)) return;
        if (c === '}' && this.keys.size === 0) return void (this.mode = 'done');
        if (c !== '"') this.fail('expected a field name');
        this.text = '"';
        this.escaped = false;
        this.mode = 'in-key';
        return;
      case 'in-key':
        this.text += c;
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.key = this.parse(this.text) as string;
          if (this.keys.has(this.key)) this.fail(`the field "${this.key}" appears twice`);
          this.keys.add(this.key);
          this.mode = 'before-colon';
        }
        return;
      case 'before-colon':
        if (isSpace(c)) return;
        if (c !== ':') this.fail('expected ":"');
        this.mode = 'before-value';
        return;
      case 'before-value':
        if (isSpace(c)) return;
        if (c === '[') {
          this.index = 0;
          this.emit({ kind: 'array-start', key: this.key });
          this.mode = 'before-element';
          return;
        }
        this.startCapture(c);
        this.mode = 'in-value';
        return;
      case 'before-element':
        if (isSpace(c)) return;
        if (c === ']' && this.index === 0) return this.closeArray();
        this.startCapture(c);
        this.mode = 'in-element';
        return;
      case 'after-element':
        if (isSpace(c)) return;
        if (c === ',') this.mode = 'before-element';
        else if (c === ']') this.closeArray();
        else this.fail('expected "," or "]" after a record');
        return;
      case 'after-value':
        if (isSpace(c)) return;
        this.afterTopLevel(c);
        return;
      case 'done':
        if (!isSpace(c)) this.fail('there is more after the end of the export');
        return;
    }
  }

  private closeArray(): void {
    this.emit({ kind: 'array-end', key: this.key, count: this.index });
    this.mode = 'after-value';
  }

  /** After a top-level field: ',' for the next one, '}' for the end. */
  private afterTopLevel(c: string): void {
    if (c === ',') this.mode = 'before-key';
    else if (c === '}') this.mode = 'done';
    else if (isSpace(c)) this.mode = 'after-value';
    else this.fail('expected "," or "}" after a field');
  }

  /** Called on a value's first character, which is kept (step's loop counts it). */
  private startCapture(c: string): void {
    this.text = c;
    this.depth = c === '{' || c === '[' ? 1 : 0;
    this.inString = c === '"';
    this.escaped = false;
  }

  /**
   * Reads the value being captured from chunk[from] on, in a tight loop (this
   * is where nearly all of a file's characters go). Returns where it stopped:
   * the chunk's end, or just after the value. A container or string ends on its
   * own closing character; a bare number, true, false or null ends before the
   * delimiter after it, which the next mode then reads.
   */
  private captureRun(chunk: string, from: number): number {
    let i = from;
    let ended = false;
    let endAt = chunk.length;
    for (; i < chunk.length; i++) {
      const c = chunk[i]!;
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.inString = false;
          if (this.depth === 0) {
            ended = true;
            endAt = i + 1;
            break;
          }
        }
      } else if (this.depth === 0) {
        if (c === ',' || c === ']' || c === '}' || isSpace(c)) {
          ended = true;
          endAt = i;
          break;
        }
      } else if (c === '"') this.inString = true;
      else if (c === '{' || c === '[') this.depth++;
      else if (c === '}' || c === ']') {
        this.depth--;
        if (this.depth === 0) {
          ended = true;
          endAt = i + 1;
          break;
        }
      }
    }
    this.text += chunk.slice(from, endAt);
    this.offset += endAt - from;
    if (this.text.length > MAX_ELEMENT_CHARS) this.fail('one record is larger than any Unknot record can be');
    if (ended) this.emitCaptured();
    return endAt;
  }

  private emitCaptured(): void {
    const value = this.parse(this.text);
    this.text = '';
    if (this.mode === 'in-element') {
      this.emit({ kind: 'element', key: this.key, index: this.index++, value });
      this.mode = 'after-element';
    } else {
      this.emit({ kind: 'field', key: this.key, value });
      this.mode = 'after-value';
    }
  }

  private parse(text: string): unknown {
    try {
      return JSON.parse(text);
    } catch {
      this.fail('this part is not valid JSON');
    }
  }
}
