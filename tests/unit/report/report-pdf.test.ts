/**
 * report:save-pdf through the validated dispatcher with a fake print port:
 * the asking window is the one printed, on the paper chosen; cancelling writes
 * nothing; a failed print leaves no half file and keeps an older one; the web
 * preview (no port) explains the browser's print dialog; bad arguments never
 * reach the port.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { createServices, type Services } from '../../../main/services';
import { openConfBacking, settingsFilePath } from '../../../main/adapters/node/conf-backing';
import { APP_ORIGIN, type CallSender } from '../../../main/security/trusted-sender';
import type { ReportPdfPort } from '../../../main/core/ports';
import type { PaperSize } from '../../../common/domain/report-pdf';
import { appSender, fakeBreakPorts, openServices, tempDir } from '../helpers';

const windowSender: CallSender = { url: `${APP_ORIGIN}/index.html#/report/2026-W47`, isMainFrame: true, contentsId: 7 };
const PDF_BYTES = new TextEncoder().encode('%PDF-1.7 fake');

interface FakePort extends ReportPdfPort {
  asked: { contentsId: number; defaultFileName: string }[];
  printed: { contentsId: number; pageSize: PaperSize }[];
}

function fakePort(answer: string | null, print: () => Promise<Uint8Array> = async () => PDF_BYTES): FakePort {
  const port: FakePort = {
    asked: [],
    printed: [],
    async chooseSavePath(contentsId, defaultFileName) {
      port.asked.push({ contentsId, defaultFileName });
      return answer;
    },
    async printToPdf(contentsId, pageSize) {
      port.printed.push({ contentsId, pageSize });
      return print();
    },
  };
  return port;
}

const opened: Services[] = [];
afterEach(() => {
  while (opened.length) opened.pop()!.close();
});

function servicesWith(reportPdf: ReportPdfPort): Services {
  const dataDir = tempDir();
  const services = createServices({
    dataDir,
    shell: 'electron',
    trustedOrigin: () => APP_ORIGIN,
    settingsFile: settingsFilePath(dataDir),
    openSettingsBacking: () => openConfBacking(dataDir),
    ...fakeBreakPorts(),
    reportPdf,
  });
  opened.push(services);
  return services;
}

describe('report:save-pdf', () => {
  test('prints the asking window on the chosen paper and saves it where the person chose', async () => {
    const folder = tempDir();
    const port = fakePort(path.join(folder, 'for my physio'));
    const s = servicesWith(port);
    const result = await s.dispatch(windowSender, 'report:save-pdf', { week: '2026-W47', pageSize: 'Letter' });
    const target = path.join(folder, 'for my physio.pdf');
    expect(result).toEqual({ ok: true, value: { saved: true, path: target } });
    expect(port.asked).toEqual([{ contentsId: 7, defaultFileName: 'unknot-report-2026-W47.pdf' }]);
    expect(port.printed).toEqual([{ contentsId: 7, pageSize: 'Letter' }]);
    expect(fs.readFileSync(target, 'utf8')).toBe('%PDF-1.7 fake');
    expect(fs.readdirSync(folder)).toEqual(['for my physio.pdf']);
  });

  test('closing the save dialog prints and writes nothing', async () => {
    const port = fakePort(null);
    const s = servicesWith(port);
    const result = await s.dispatch(windowSender, 'report:save-pdf', { week: '2026-W47', pageSize: 'A4' });
    expect(result).toEqual({ ok: true, value: { saved: false, path: null } });
    expect(port.printed).toEqual([]);
  });

  test('a failed print keeps the older file whole and leaves nothing beside it', async () => {
    const folder = tempDir();
    const target = path.join(folder, 'report.pdf');
    fs.writeFileSync(target, 'older report');
    const port = fakePort(target, async () => {
      throw new Error('printing failed');
    });
    const s = servicesWith(port);
    const result = await s.dispatch(windowSender, 'report:save-pdf', { week: '2026-W47', pageSize: 'A4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(fs.readFileSync(target, 'utf8')).toBe('older report');
    expect(fs.readdirSync(folder)).toEqual(['report.pdf']);
  });

  test('bad arguments are refused before the port is asked', async () => {
    const port = fakePort('/tmp/never.pdf');
    const s = servicesWith(port);
    const a3 = await s.dispatch(windowSender, 'report:save-pdf', { week: '2026-W47', pageSize: 'A3' });
    expect(a3).toMatchObject({ ok: false, error: { code: 'bad-request', message: /pageSize/ } });
    const noWeek = await s.dispatch(windowSender, 'report:save-pdf', { week: '2025-W53', pageSize: 'A4' });
    expect(noWeek).toMatchObject({ ok: false, error: { code: 'bad-request', message: /2025 has 52 ISO weeks/ } });
    const foreign = await s.dispatch({ ...windowSender, url: 'https://example.com/' }, 'report:save-pdf', {
      week: '2026-W47',
      pageSize: 'A4',
    });
    expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(port.asked).toEqual([]);
  });

  test('the web preview has no port: the answer points to the browser’s print dialog', async () => {
    const s = openServices();
    const result = await s.dispatch(appSender, 'report:save-pdf', { week: '2026-W47', pageSize: 'A4' });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad-request', message: /print dialog/ } });
  });
});
