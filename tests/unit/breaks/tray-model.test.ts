import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  trayIconFile,
  createTrayPresenter,
  sameMenu,
  trayIconState,
  trayView,
  type TrayMenuItem,
} from '../../../main/adapters/electron/tray-model';
import type { BreakPrompt, BreakStatus } from '../../../common/domain/breaks';

// Monday 2026-11-23, 10:00 in Berlin (+01:00).
const NOW = Date.parse('2026-11-23T10:00:00+01:00');
const MIN = 60_000;

const status = (over: Partial<BreakStatus> = {}): BreakStatus => ({
  state: 'running',
  pausedUntil: null,
  next: { kind: 'stretch', at: '2026-11-23T10:12:00+01:00' },
  prompt: null,
  today: { taken: 0, natural: 0, skipped: 0, snoozed: 0 },
  idleDetection: 'ok',
  waitingFor: null,
  ...over,
});

const prompt = (over: Partial<BreakPrompt> = {}): BreakPrompt => ({
  kind: 'micro',
  phase: 'prompt',
  dueAt: '2026-11-23T10:00:00+01:00',
  durationSeconds: 30,
  breakEndsAt: null,
  snoozesLeft: 2,
  canSnooze: true,
  canSkip: true,
  ...over,
});

/** Labels of the menu, submenus indented, disabled items in brackets, separators as "—". */
function outline(items: TrayMenuItem[], indent = ''): string[] {
  return items.flatMap((item) => {
    if (item.type === 'separator') return [`${indent}—`];
    const label = item.enabled ? item.label : `[${item.label}]`;
    if (item.type === 'submenu') return [`${indent}${label} ▸`, ...outline(item.items, `${indent}  `)];
    return [`${indent}${label}`];
  });
}

function findItem(items: TrayMenuItem[], label: string): TrayMenuItem | undefined {
  for (const item of items) {
    if (item.type === 'separator') continue;
    if (item.label === label) return item;
    if (item.type === 'submenu') {
      const inner = findItem(item.items, label);
      if (inner) return inner;
    }
  }
  return undefined;
}

describe('tooltip', () => {
  it('counts down to the next break in whole minutes, rounding up', () => {
    expect(trayView(status(), NOW).tooltip).toBe('Stretch break in 12 min');
    expect(trayView(status(), NOW + 30_000).tooltip).toBe('Stretch break in 12 min');
    expect(trayView(status(), NOW + MIN).tooltip).toBe('Stretch break in 11 min');
    expect(trayView(status(), NOW + 11 * MIN + 59_000).tooltip).toBe('Stretch break in 1 min');
    expect(trayView(status(), NOW + 12 * MIN).tooltip).toBe('Stretch break now');
  });

  it('names the time when the next break is more than an hour away, and the day when it is not today', () => {
    const at = (iso: string) => status({ next: { kind: 'release', at: iso } });
    expect(trayView(at('2026-11-23T11:00:00+01:00'), NOW).tooltip).toBe('Release session in 60 min');
    expect(trayView(at('2026-11-23T15:00:00+01:00'), NOW).tooltip).toBe('Release session at 15:00');
    expect(trayView(at('2026-11-24T08:00:00+01:00'), NOW).tooltip).toBe('Release session tomorrow at 08:00');
    expect(trayView(at('2026-11-26T08:00:00+01:00'), NOW).tooltip).toBe('Release session Thursday at 08:00');
  });

  it('says when a pause ends, in the person’s own clock', () => {
    expect(
      trayView(status({ state: 'paused', pausedUntil: '2026-11-23T14:30:00+01:00', next: null }), NOW).tooltip,
    ).toBe('Paused until 14:30');
    expect(
      trayView(status({ state: 'paused', pausedUntil: '2026-11-24T08:00:00+01:00', next: null }), NOW).tooltip,
    ).toBe('Paused until tomorrow 08:00');
    expect(trayView(status({ state: 'paused', pausedUntil: null, next: null }), NOW).tooltip).toBe(
      'Paused until you resume',
    );
  });

  it('reads times in the offset they carry (a person in New York)', () => {
    const nowNy = Date.parse('2026-11-23T09:00:00-05:00');
    expect(
      trayView(status({ state: 'paused', pausedUntil: '2026-11-23T14:30:00-05:00', next: null }), nowNy).tooltip,
    ).toBe('Paused until 14:30');
  });

  it('covers outside working hours, everything off, and no next break', () => {
    expect(trayView(status({ state: 'outside-hours', next: null }), NOW).tooltip).toBe('Outside working hours');
    expect(trayView(status({ state: 'off', next: null }), NOW).tooltip).toBe('Breaks are off');
    expect(trayView(status({ next: null }), NOW).tooltip).toBe('Unknot');
    expect(trayView(status({ next: { kind: 'micro', at: 'not a time' } }), NOW).tooltip).toBe('Unknot');
  });

  it('says a prompt is showing, under way, or coming in a moment', () => {
    expect(trayView(status({ prompt: prompt() }), NOW).tooltip).toBe('Micro-pause now');
    expect(trayView(status({ prompt: prompt({ phase: 'break', kind: 'stretch' }) }), NOW).tooltip).toBe(
      'Stretch break under way',
    );
    expect(trayView(status({ prompt: prompt({ phase: 'notify' }) }), NOW).tooltip).toBe('Micro-pause in a moment');
  });
});

describe('refreshAt', () => {
  it('is the instant the minute count ticks over', () => {
    expect(trayView(status(), NOW).refreshAt).toBe(NOW + MIN);
    expect(trayView(status(), NOW + 30_000).refreshAt).toBe(NOW + MIN);
    expect(trayView(status(), NOW + 11 * MIN + 30_000).refreshAt).toBe(NOW + 12 * MIN);
  });

  it('for a far-off break, is when the countdown starts or the day changes, whichever is first', () => {
    const far = status({ next: { kind: 'release', at: '2026-11-23T15:00:00+01:00' } });
    expect(trayView(far, NOW).refreshAt).toBe(Date.parse('2026-11-23T14:00:00+01:00'));
    const tomorrow = status({ next: { kind: 'release', at: '2026-11-24T15:00:00+01:00' } });
    expect(trayView(tomorrow, NOW).refreshAt).toBe(Date.parse('2026-11-24T00:00:00+01:00'));
  });

  it('for a pause ending another day, is local midnight (tomorrow becomes today)', () => {
    const paused = status({ state: 'paused', pausedUntil: '2026-11-24T08:00:00+01:00', next: null });
    expect(trayView(paused, NOW).refreshAt).toBe(Date.parse('2026-11-24T00:00:00+01:00'));
  });

  it('is null when the words cannot go stale on their own', () => {
    expect(trayView(status({ state: 'paused', pausedUntil: '2026-11-23T14:30:00+01:00' }), NOW).refreshAt).toBeNull();
    expect(trayView(status({ prompt: prompt() }), NOW).refreshAt).toBeNull();
    expect(trayView(status({ state: 'outside-hours', next: null }), NOW).refreshAt).toBeNull();
  });
});

describe('icon', () => {
  it('is due while a prompt is asking or under way, paused when not counting, running otherwise', () => {
    expect(trayIconState(status())).toBe('running');
    expect(trayIconState(status({ prompt: prompt() }))).toBe('due');
    expect(trayIconState(status({ prompt: prompt({ phase: 'break' }) }))).toBe('due');
    expect(trayIconState(status({ prompt: prompt({ phase: 'notify' }) }))).toBe('running');
    expect(trayIconState(status({ state: 'paused' }))).toBe('paused');
    expect(trayIconState(status({ state: 'outside-hours' }))).toBe('paused');
    expect(trayIconState(status({ state: 'off' }))).toBe('paused');
    // A break taken by hand while paused still shows as due.
    expect(trayIconState(status({ state: 'paused', prompt: prompt({ phase: 'break' }) }))).toBe('due');
  });

  it('has a file for every state: colour icons, and template images on macOS', () => {
    const states = ['running', 'due', 'paused'] as const;
    expect(states.map((s) => trayIconFile(s, 'linux'))).toEqual(['tray.png', 'tray-due.png', 'tray-paused.png']);
    expect(states.map((s) => trayIconFile(s, 'win32'))).toEqual(['tray.png', 'tray-due.png', 'tray-paused.png']);
    expect(states.map((s) => trayIconFile(s, 'darwin'))).toEqual([
      'trayTemplate.png',
      'tray-dueTemplate.png',
      'tray-pausedTemplate.png',
    ]);
  });

  // The files themselves: what the menu bar and the panels need of them.
  const ICONS = path.resolve('resources/icons');
  const png = (file: string) => {
    const data = fs.readFileSync(path.join(ICONS, file));
    return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), colourType: data[25] };
  };
  for (const platform of ['darwin', 'linux']) {
    for (const state of ['running', 'due', 'paused'] as const) {
      const file = trayIconFile(state, platform);
      const base = platform === 'darwin' ? 16 : 32;
      it(`${file} is ${base}×${base} with a ${base * 2}×${base * 2} @2x beside it, with alpha`, () => {
        expect(png(file)).toMatchObject({ width: base, height: base, colourType: 6 });
        expect(png(file.replace('.png', '@2x.png'))).toMatchObject({
          width: base * 2,
          height: base * 2,
          colourType: 6,
        });
      });
    }
  }
});

describe('menu', () => {
  it('while running: status line, take a break, routine, pain, pause choices, open, quit', () => {
    expect(outline(trayView(status(), NOW).menu)).toEqual([
      '[Stretch break in 12 min]',
      '—',
      'Take a break now ▸',
      '  Micro-pause',
      '  Stretch break',
      'Start release routine',
      'Log pain…',
      '—',
      'Pause ▸',
      '  For 30 minutes',
      '  For 1 hour',
      '  Until tomorrow’s working hours',
      '  Until I resume',
      '—',
      'Open Unknot',
      'Quit',
    ]);
  });

  it('while paused offers Resume breaks instead of the pause choices', () => {
    const lines = outline(trayView(status({ state: 'paused', pausedUntil: '2026-11-23T14:30:00+01:00' }), NOW).menu);
    expect(lines[0]).toBe('[Paused until 14:30]');
    expect(lines).toContain('Resume breaks');
    expect(lines).not.toContain('Pause ▸');
  });

  it('disables Take a break now while a prompt is up, and Pause when every break is off', () => {
    expect(outline(trayView(status({ prompt: prompt() }), NOW).menu)).toContain('[Take a break now] ▸');
    expect(outline(trayView(status({ prompt: prompt({ phase: 'notify' }) }), NOW).menu)).toContain(
      'Take a break now ▸',
    );
    expect(outline(trayView(status({ state: 'off', next: null }), NOW).menu)).toContain('[Pause] ▸');
  });

  it('ties every item to its action', () => {
    const menu = trayView(status(), NOW).menu;
    const actionOf = (label: string) => {
      const item = findItem(menu, label);
      return item?.type === 'item' ? item.action : undefined;
    };
    expect(actionOf('Micro-pause')).toEqual({ type: 'take-now', kind: 'micro' });
    expect(actionOf('Stretch break')).toEqual({ type: 'take-now', kind: 'stretch' });
    expect(actionOf('Start release routine')).toEqual({ type: 'start-routine' });
    expect(actionOf('Log pain…')).toEqual({ type: 'quick-log' });
    expect(actionOf('For 30 minutes')).toEqual({ type: 'pause', mode: '30m' });
    expect(actionOf('For 1 hour')).toEqual({ type: 'pause', mode: '1h' });
    expect(actionOf('Until tomorrow’s working hours')).toEqual({ type: 'pause', mode: 'until-tomorrow' });
    expect(actionOf('Until I resume')).toEqual({ type: 'pause', mode: 'until-resumed' });
    expect(actionOf('Open Unknot')).toEqual({ type: 'open-app' });
    expect(actionOf('Quit')).toEqual({ type: 'quit' });
    expect(actionOf('Stretch break in 12 min')).toBeNull();
    const paused = trayView(status({ state: 'paused' }), NOW).menu;
    const resume = findItem(paused, 'Resume breaks');
    expect(resume?.type === 'item' && resume.action).toEqual({ type: 'resume' });
  });
});

describe('tray presenter: draws only what changed', () => {
  const fakeSink = () => {
    const calls: string[] = [];
    return {
      calls,
      sink: {
        setIcon: (icon: string) => calls.push(`icon ${icon}`),
        setTooltip: (tooltip: string) => calls.push(`tooltip ${tooltip}`),
        setMenu: (menu: TrayMenuItem[]) => calls.push(`menu ${menu.length}`),
      },
    };
  };

  it('sets the tooltip and builds the menu once, not again for the same view', () => {
    const { calls, sink } = fakeSink();
    const presenter = createTrayPresenter(sink, 'running');
    presenter.show(trayView(status(), NOW));
    // A planner wake-up 30 s later with nothing new to show.
    presenter.show(trayView(status(), NOW + 30_000));
    presenter.show(trayView(status(), NOW + 40_000));
    expect(calls).toEqual(['tooltip Stretch break in 12 min', 'menu 10']);
    expect(presenter.stats()).toEqual({ renders: 3, iconChanges: 0, tooltipChanges: 1, menuBuilds: 1 });
  });

  it('a countdown ticking over changes the tooltip and the menu line that repeats it; the icon stays', () => {
    const { calls, sink } = fakeSink();
    const presenter = createTrayPresenter(sink, 'running');
    presenter.show(trayView(status(), NOW));
    presenter.show(trayView(status(), NOW + MIN));
    expect(calls).toEqual(['tooltip Stretch break in 12 min', 'menu 10', 'tooltip Stretch break in 11 min', 'menu 10']);
  });

  it('a prompt changes icon, tooltip and menu; the same prompt published again changes nothing', () => {
    const { calls, sink } = fakeSink();
    const presenter = createTrayPresenter(sink, 'running');
    presenter.show(trayView(status(), NOW));
    calls.length = 0;
    const prompting = status({ prompt: prompt() });
    presenter.show(trayView(prompting, NOW));
    presenter.show(trayView(prompting, NOW + 5_000));
    expect(calls).toEqual(['icon due', 'tooltip Micro-pause now', 'menu 10']);
    expect(presenter.stats().menuBuilds).toBe(2);
  });

  it('tells menus apart by what they show, including which action an item runs', () => {
    const a = trayView(status(), NOW).menu;
    expect(sameMenu(a, trayView(status(), NOW + 1000).menu)).toBe(true);
    expect(sameMenu(a, trayView(status({ state: 'paused', pausedUntil: null }), NOW).menu)).toBe(false);
  });
});
