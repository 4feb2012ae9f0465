import { describe, expect, it } from 'vitest';
import { formatOffsetDateTime, parseOffsetDateTime } from '../../../common/domain/time';
import {
  BODY_REGIONS,
  REGION_GROUPS,
  REGION_LIST_VERSION,
  bodyRegionFileSchema,
  getRegion,
  regionDisplayName,
  regionIdsAtVersion,
} from '../../../common/domain/body-regions';
import raw from '../../../resources/content/body-regions.json';
import { REGION_IDS_V1 } from './region-ids-v1';

describe('offset date-times', () => {
  it('parses local date, offset and epoch ms', () => {
    expect(parseOffsetDateTime('2026-11-16T09:30:00+01:00')).toEqual({
      atMs: Date.parse('2026-11-16T08:30:00Z'),
      localDate: '2026-11-16',
      utcOffsetMinutes: 60,
    });
    expect(parseOffsetDateTime('2026-11-16T23:30:00-05:30')?.utcOffsetMinutes).toBe(-330);
    expect(parseOffsetDateTime('2026-11-16T09:30Z')?.utcOffsetMinutes).toBe(0);
  });

  it('rejects missing offsets and impossible dates', () => {
    for (const bad of [
      '2026-11-16T09:30:00',
      '2026-02-30T10:00:00Z',
      '2026-11-16T25:00:00Z',
      '2026-11-16',
      'soon',
      '2026-11-16T09:30:00+15:00',
    ]) {
      expect(parseOffsetDateTime(bad)).toBeNull();
    }
  });

  it('round-trips through formatting, keeping the lived offset', () => {
    for (const text of ['2026-11-16T09:30:00+01:00', '2026-03-29T01:59:59-09:30', '2026-12-31T23:59:00+14:00']) {
      const m = parseOffsetDateTime(text)!;
      expect(formatOffsetDateTime(m.atMs, m.utcOffsetMinutes)).toBe(text);
    }
  });
});

describe('body regions content', () => {
  it('validates and covers every REFERENCE (d) region on each side', () => {
    expect(bodyRegionFileSchema.safeParse(raw).success).toBe(true);
    // 36 front + 27 back sites, plus the mid-back beside the spine (version 2); 4 are midline, the rest sided.
    expect(BODY_REGIONS).toHaveLength(60 * 2 + 4);
    expect(
      BODY_REGIONS.filter((r) => r.side === 'midline')
        .map((r) => r.id)
        .sort(),
    ).toEqual(['mid-back-spine', 'sternum', 'tailbone', 'top-of-head']);
  });

  it('keeps every version 1 id through its migrations, and knows which ids each version added', () => {
    const ids = new Set(BODY_REGIONS.map((r) => r.id));
    for (const id of REGION_IDS_V1) expect(ids.has(id), id).toBe(true);
    expect(regionIdsAtVersion(1)).toEqual(REGION_IDS_V1);
    expect(REGION_LIST_VERSION).toBe(2);
    expect(regionIdsAtVersion(2).filter((id) => !REGION_IDS_V1.includes(id))).toEqual([
      'mid-back-left',
      'mid-back-right',
    ]);
    expect(getRegion('mid-back-left')).toMatchObject({ view: 'back', side: 'left', group: 'upper-back' });
  });

  it('refuses a migration that adds a region not in the list, adds one twice or skips a version', () => {
    const add = (migrations: unknown[]) => bodyRegionFileSchema.safeParse({ ...raw, migrations });
    expect(add([{ version: 2, added: ['elbow-of-doom'], note: 'a region that is not there' }]).success).toBe(false);
    expect(
      add([
        { version: 2, added: ['mid-back-left'], note: 'the first time it was added' },
        { version: 3, added: ['mid-back-left'], note: 'and again, which cannot be' },
      ]).success,
    ).toBe(false);
    expect(add([{ version: 3, added: ['mid-back-left'], note: 'version 2 was skipped' }]).success).toBe(false);
  });

  it('uses every report group', () => {
    expect(new Set(BODY_REGIONS.map((r) => r.group))).toEqual(new Set(REGION_GROUPS));
  });

  it('rejects a duplicate id or a side that does not match the id', () => {
    const dup = { ...raw, regions: [...raw.regions, raw.regions[0]] };
    expect(bodyRegionFileSchema.safeParse(dup).success).toBe(false);
    const wrongSide = { ...raw, regions: [{ ...raw.regions[0], side: 'right' }] };
    expect(bodyRegionFileSchema.safeParse(wrongSide).success).toBe(false);
  });

  it('names sides from the person’s own viewpoint', () => {
    expect(regionDisplayName('temple-right')).toBe('Temple (your right)');
    expect(regionDisplayName('sternum')).toBe('Breastbone');
  });
});
