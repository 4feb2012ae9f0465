import { describe, expect, it } from 'vitest';
import { JsonRecordSplitter, JsonStreamError, type JsonEvent } from '../../../main/db/json-record-stream';

function split(text: string, chunkSize: number): JsonEvent[] {
  const events: JsonEvent[] = [];
  const splitter = new JsonRecordSplitter((e) => events.push(e));
  for (let i = 0; i < text.length; i += chunkSize) splitter.push(text.slice(i, i + chunkSize));
  splitter.end();
  return events;
}

/** What the events say the file was, rebuilt: it must equal JSON.parse of the whole text. */
function rebuild(events: JsonEvent[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const e of events) {
    if (e.kind === 'field') out[e.key] = e.value;
    if (e.kind === 'array-start') out[e.key] = [];
    if (e.kind === 'element') (out[e.key] as unknown[])[e.index] = e.value;
  }
  return out;
}

const tricky = {
  format: 'unknot-export',
  version: 1,
  empty: [],
  flag: true,
  nothing: null,
  records: [
    { id: 'a', note: 'brackets ] } [ { and "quotes" and \\ backslashes', nested: { list: [1, [2, [3]]] } },
    { id: 'b', note: 'unicode: Schulter – ½ — 😀, escapes \n\t\u0001' },
    -12.5e3,
    'a bare string, with a comma',
    [],
    {},
    false,
  ],
  last: { deep: { deeper: ['x'] } },
};

describe('JsonRecordSplitter', () => {
  for (const [name, text] of [
    ['compact', JSON.stringify(tricky)],
    ['pretty-printed', JSON.stringify(tricky, null, 2)],
    ['with CRLF and tabs', JSON.stringify(tricky, null, '\t').replace(/\n/g, '\r\n')],
  ] as const) {
    for (const chunkSize of [1, 2, 3, 7, 64, 1 << 20]) {
      it(`reads a ${name} file fed ${chunkSize} characters at a time`, () => {
        const events = split(text, chunkSize);
        expect(rebuild(events)).toEqual(JSON.parse(text));
        expect(events.filter((e) => e.kind === 'array-end').map((e) => (e as { count: number }).count)).toEqual([0, 7]);
      });
    }
  }

  it('reads an empty object', () => {
    expect(split(' {} \n', 1)).toEqual([]);
  });

  const broken: [string, string, RegExp][] = [
    ['a top-level array', '[1, 2]', /starts with "\{"/],
    ['a cut-off record', '{"a":[{"id":"x"', /ends before/],
    ['a cut-off string', '{"a":"unfinished', /ends before/],
    ['a trailing comma in a list', '{"a":[1,]}', /not valid JSON/],
    ['a trailing comma after a field', '{"a":1,}', /expected a field name/],
    ['a missing colon', '{"a" 1}', /expected ":"/],
    ['a missing comma between records', '{"a":[{} {}]}', /expected "," or "\]"/],
    ['a bad record', '{"a":[{"id": nope}]}', /not valid JSON/],
    ['a bad scalar', '{"a": tru}', /not valid JSON/],
    ['text after the end', '{"a":1} {"b":2}', /more after the end/],
    ['a field twice', '{"a":1,"a":2}', /appears twice/],
  ];
  for (const [what, text, message] of broken) {
    it(`refuses ${what}, saying where`, () => {
      for (const size of [1, 4, 1000]) {
        let error: unknown;
        try {
          split(text, size);
        } catch (e) {
          error = e;
        }
        expect(error).toBeInstanceOf(JsonStreamError);
        expect((error as Error).message).toMatch(message);
        expect((error as JsonStreamError).offset).toBeLessThanOrEqual(text.length);
      }
    });
  }

  it('refuses a single record larger than any real one without holding more of it', () => {
    const splitter = new JsonRecordSplitter(() => undefined);
    splitter.push('{"painEntries":[{"note":"');
    const mb = 'x'.repeat(1024 * 1024);
    expect(() => {
      for (let i = 0; i < 10; i++) splitter.push(mb);
    }).toThrow(/larger than any Unknot record/);
  });
});
