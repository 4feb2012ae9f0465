// The workstation check as a ranked to-do list: the fix first, ranked by the pain the person logged over the
// last four weeks, each with its muscles and one routine; marking a fix done saves its answer that loads nothing.
import { describe, expect, test } from 'vitest';
import {
  TODO_WINDOW_DAYS,
  answersWithFixDone,
  buildTodoList,
  todoWindow,
} from '@renderer/features/learn/workstation-todo';
import type { PainEntry } from '@common/domain/pain';
import type { WorkstationCheck } from '@common/domain/workstation';

const check = (answers: Record<string, string>): WorkstationCheck => ({
  id: 'ws-1',
  takenAt: '2026-11-18T10:00:00+01:00',
  localDate: '2026-11-18',
  answers,
});

let serial = 0;
function entry(localDate: string, regions: [string, number][]): PainEntry {
  return {
    id: `e${++serial}`,
    at: `${localDate}T09:00:00+01:00`,
    localDate,
    utcOffsetMinutes: 60,
    createdAt: 0,
    updatedAt: 0,
    note: '',
    regions: regions.map(([region, intensity]) => ({ region, intensity, qualities: [] })),
  };
}

describe('the to-do list', () => {
  const answers = { 'long-sitting': 'over-hour', phone: 'on-shoulder', 'screen-height': 'eye-level', chair: 'wallet' };

  test('without logged pain: by strain, then the check’s order; every fix has its to-do, how, muscles and a routine', () => {
    const list = buildTodoList(check(answers), []);
    expect(list.map((t) => [t.todo, t.load, t.score])).toEqual([
      ['Use a headset or the speaker for calls', 2, 0],
      ['Stand up at least every half hour', 2, 0],
      ['Take your wallet out of your back pocket', 1, 0],
    ]);
    expect(list[0]).toMatchObject({
      topic: 'Phone on calls',
      answer: 'Between my ear and my shoulder',
      muscles: [
        { id: 'upper-trapezius', name: 'Upper trapezius' },
        { id: 'levator-scapulae', name: 'Levator scapulae' },
      ],
      places: [],
      routine: { id: 'release-upper-trapezius', title: 'Top of the shoulder release', side: null },
    });
    expect(list[0]!.how).toMatch(/headset or the speaker/);
  });

  test('logged low-back pain on three days puts sitting first, with the places and the side of its routine', () => {
    const entries = ['2026-11-16', '2026-11-17', '2026-11-18'].map((d) => entry(d, [['lower-back-left', 5]]));
    entries.push(entry('2026-11-18', [['temple-right', 3]]));
    const list = buildTodoList(check(answers), entries);
    // Sitting: 15 intensity-days × load 2 = 30; phone: temple 3 × 2 = 6; wallet: the low back 15 × 1.
    expect(list.map((t) => [t.itemId, t.score])).toEqual([
      ['long-sitting', 30],
      ['chair', 15],
      ['phone', 6],
    ]);
    expect(list[0]!.places).toEqual(['Lower back, beside the spine (your left)']);
    expect(list[0]!.routine).toMatchObject({ side: 'left' });
    expect(list[2]!.routine).toEqual({
      id: 'release-upper-trapezius',
      title: 'Top of the shoulder release',
      side: 'right',
    });
  });

  test(`ranks by the last ${TODO_WINDOW_DAYS} days of pain`, () => {
    expect(todoWindow('2026-11-22')).toEqual({ from: '2026-10-26', to: '2026-11-22' });
  });
});

describe('marking a fix done', () => {
  test('moves that item to its answer that loads nothing and keeps the rest', () => {
    expect(answersWithFixDone({ phone: 'on-shoulder', chair: 'slump' }, 'phone')).toEqual({
      phone: 'hands-free',
      chair: 'slump',
    });
    expect(answersWithFixDone({ phone: 'on-shoulder' }, 'no-such-item')).toEqual({ phone: 'on-shoulder' });
  });
});
