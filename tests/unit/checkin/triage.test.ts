/** Triage tiers of the warning signs (REFERENCE-ADDENDUM (l)): each sign's tier, the order, and the words per tier. */
import { describe, expect, it } from 'vitest';
import {
  TIER_WORDING,
  TRIAGE_TIERS,
  WARNING_SIGNS,
  adviceForWarningSigns,
  byTier,
  type TriageTier,
} from '../../../common/domain/red-flags';
import { checkinSchema, emptyCheckin } from '../../../common/domain/checkin';

/** Written from the addendum's tiers, sign by sign; not derived from the code under test. */
const EXPECTED_TIER: Record<string, TriageTier> = {
  // A: call emergency services now.
  'chest-exertion': 'emergency', // chest pain at rest or on effort, spreading or with breathlessness, sweating, nausea
  'neuro-signs': 'emergency', // stroke-like signs (FAST, sudden vision loss, sudden fall)
  'thunderclap-headache': 'emergency',
  'sudden-severe-neck-head': 'emergency', // possible artery dissection
  'sudden-numbness': 'emergency', // sudden, spreading fast, whole limb or one side
  'bladder-bowel-saddle': 'emergency', // cauda equina
  'both-legs': 'emergency', // cauda equina: both legs
  // B: see a doctor soon (today).
  'weakness-clumsiness': 'soon',
  'numbness-both-arms': 'soon',
  'new-headache-over-50': 'soon', // giant-cell arteritis: same-day assessment
  'shoulder-severe': 'soon',
  'fever-weight-loss': 'soon',
  'night-pain': 'soon',
  'after-injury': 'soon',
  // C: mention at the next visit.
  'persistent-numbness': 'next-visit',
  'chest-comes-and-goes': 'next-visit',
  'no-improvement': 'next-visit',
  'cancer-history': 'next-visit',
};

/** Every id ever shipped: stored in check-ins and exports, so none may disappear. */
const SHIPPED_BEFORE_TIERS = [
  'bladder-bowel-saddle',
  'both-legs',
  'weakness-clumsiness',
  'sudden-severe-neck-head',
  'thunderclap-headache',
  'new-headache-over-50',
  'chest-exertion',
  'neuro-signs',
  'fever-weight-loss',
  'night-pain',
  'after-injury',
  'cancer-history',
  'no-improvement',
];

describe('warning-sign triage tiers', () => {
  it('gives every warning sign its tier from the reference', () => {
    expect(Object.fromEntries(WARNING_SIGNS.map((s) => [s.id, s.tier]))).toEqual(EXPECTED_TIER);
  });

  it('keeps every id shipped before, so old check-ins and exports still read', () => {
    const ids = WARNING_SIGNS.map((s) => s.id as string);
    for (const id of SHIPPED_BEFORE_TIERS) expect(ids, id).toContain(id);
    const old = { ...emptyCheckin('2026-01-05'), warningSigns: SHIPPED_BEFORE_TIERS };
    expect(checkinSchema.safeParse(old).success).toBe(true);
  });

  it('lists the signs most urgent first, so the check-in and lesson read in tier order', () => {
    const ranks = WARNING_SIGNS.map((s) => TRIAGE_TIERS.indexOf(s.tier));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('asks about chest pain at rest as well as on effort, and about numbness alone', () => {
    const label = (id: string) => WARNING_SIGNS.find((s) => s.id === id)!.label;
    expect(label('chest-exertion')).toMatch(/at rest or with effort/);
    expect(label('chest-exertion')).toMatch(/arm/);
    expect(label('chest-exertion')).toMatch(/jaw/);
    expect(label('persistent-numbness')).toMatch(/one arm or leg/);
    expect(label('no-improvement')).toMatch(/two weeks/);
  });

  it('words each tier for what to do: call now and do not drive; a doctor today; the next visit', () => {
    expect(TIER_WORDING.emergency.title).toMatch(/emergency services now/i);
    expect(TIER_WORDING.emergency.message).toMatch(/999/);
    expect(TIER_WORDING.emergency.message).toMatch(/112/);
    expect(TIER_WORDING.emergency.message).toMatch(/911/);
    expect(TIER_WORDING.emergency.message).toMatch(/do not drive/i);
    expect(TIER_WORDING.soon.message).toMatch(/today/);
    expect(TIER_WORDING['next-visit'].title).toMatch(/next visit/);
    for (const tier of TRIAGE_TIERS) {
      expect(TIER_WORDING[tier].message, tier).not.toMatch(/\bcaus(e|es|ed|ing)\b|diagnos/i);
    }
  });

  it('gives one piece of advice per tier ticked, most urgent first, each naming its signs', () => {
    const advice = adviceForWarningSigns(['cancer-history', 'night-pain', 'fever-weight-loss', 'thunderclap-headache']);
    expect(advice.map((a) => a.tier)).toEqual(['emergency', 'soon', 'next-visit']);
    expect(advice[1]!.because).toHaveLength(2);
    expect(advice[0]!.because[0]).toMatch(/headache/);
    expect(adviceForWarningSigns(['no-improvement']).map((a) => a.tier)).toEqual(['next-visit']);
  });

  it('sorts anything with a tier most urgent first, keeping the order within a tier', () => {
    const items = [
      { tier: 'next-visit' as const, n: 1 },
      { tier: 'emergency' as const, n: 2 },
      { tier: 'next-visit' as const, n: 3 },
      { tier: 'soon' as const, n: 4 },
    ];
    expect(byTier(items).map((i) => i.n)).toEqual([2, 4, 1, 3]);
  });
});

describe('safety-stop advice', () => {
  it('says what to do now, then when to get help, most urgent first, for every stop reason', async () => {
    const { STOP_ADVICE } = await import('../../../common/domain/stop-advice');
    const { STOP_REASONS } = await import('../../../common/domain/player');
    for (const reason of STOP_REASONS) {
      const advice = STOP_ADVICE[reason];
      expect(advice.lines.length, reason).toBeGreaterThan(0);
      expect(advice.getHelp.length, reason).toBeGreaterThan(0);
      expect(byTier(advice.getHelp), reason).toEqual(advice.getHelp);
    }
  });

  it('escalates numbness by the reference: spreading or one side now, both arms today, lingering at the next visit', async () => {
    const { STOP_ADVICE } = await import('../../../common/domain/stop-advice');
    const help = Object.fromEntries(STOP_ADVICE['numbness-tingling'].getHelp.map((h) => [h.tier, h.text]));
    expect(help.emergency).toMatch(/spreads quickly/);
    expect(help.emergency).toMatch(/one side/);
    expect(help.soon).toMatch(/both arms/);
    expect(help['next-visit']).toMatch(/few minutes/);
    expect(STOP_ADVICE.dizziness.getHelp[0]).toMatchObject({ tier: 'emergency' });
  });
});

describe('chest warning on Possible sources', () => {
  it('comes for the left upper chest, the left breast or the breastbone, as an emergency, never for the right chest alone', async () => {
    const { chestWarning } = await import('../../../common/domain/red-flags');
    for (const region of ['upper-chest-left', 'breast-left', 'sternum']) {
      expect(chestWarning(['temple-right', region]), region).toMatchObject({ tier: 'emergency' });
    }
    expect(chestWarning(['upper-chest-right', 'breast-right'])).toBeNull();
    expect(chestWarning([])).toBeNull();
    const text = chestWarning(['sternum'])!.message;
    expect(text).toMatch(/resting or active/);
    expect(text).toMatch(/arm/);
    expect(text).toMatch(/jaw/);
    expect(text).toMatch(/breathlessness/);
    expect(text).toMatch(/Do not drive/);
    expect(text).not.toMatch(/\bcaus(e|es|ed|ing)\b|diagnos/i);
  });

  it('is part of `unknot sources` too', async () => {
    const { runCli } = await import('../../../main/cli/index');
    const out: string[] = [];
    expect(await runCli(['sources', '--region', 'upper-chest-left'], (l) => out.push(l))).toBe(0);
    expect(JSON.parse(out.join('\n')).warning).toMatchObject({ tier: 'emergency' });
    out.length = 0;
    expect(await runCli(['sources', '--region', 'temple-right'], (l) => out.push(l))).toBe(0);
    expect(JSON.parse(out.join('\n')).warning).toBeUndefined();
  });
});
