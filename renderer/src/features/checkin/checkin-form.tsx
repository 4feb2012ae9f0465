/**
 * Owns the daily check-in questions: sleep (hours and how well), stress,
 * minutes of movement, glasses of water, how much pain got in the way of
 * usual activities and of enjoying life, and an optional list of new warning
 * signs grouped by triage tier, most urgent first. Ticking an emergency sign
 * shows what to do at once, before Save. Every answer is optional. Problems are named next to their box and
 * the first one gets focus; nothing is sent until all are fixed.
 */
import { useRef, useState, type FormEvent } from 'react';
import {
  TRIAGE_TIERS,
  WARNING_SIGNS,
  adviceForWarningSigns,
  signsOfTier,
  type TriageTier,
  type WarningSignId,
} from '@common/domain/red-flags';
import { TierAlert } from '@renderer/ui/tier-alert';
import type { Checkin } from '@common/domain/checkin';
import { NumberField } from '@renderer/ui/number-field';
import { ScoreField } from './score-field';
import { CHECKIN_LIMITS } from '@common/domain/policy';

const { sleepHoursMax, sleepHoursStep, activeMinutesMax, waterMax } = CHECKIN_LIMITS;

interface Props {
  initial: Checkin;
  busy: boolean;
  onSave(checkin: Checkin): void;
  onSkip?: (() => void) | undefined;
  onCancel?: (() => void) | undefined;
}

interface Draft {
  sleepHours: number;
  sleepQuality: number | null;
  stress: number | null;
  activeMinutes: number;
  water: number;
  interferenceActivity: number | null;
  interferenceEnjoyment: number | null;
  warningSigns: WarningSignId[];
}

/** Each group of signs is introduced by what it asks of the person. */
const TIER_LEGEND: Record<TriageTier, string> = {
  emergency: 'Call emergency services now if you have:',
  soon: 'See a doctor soon (today if you can) if you have:',
  'next-visit': 'Mention it at your next visit if you have:',
};

type Problems = Partial<Record<'sleepHours' | 'activeMinutes' | 'water', string>>;

const toNumber = (n: number | null) => (n === null ? Number.NaN : n);
const toNullable = (n: number) => (Number.isNaN(n) ? null : n);

function problemsOf(d: Draft): Problems {
  const found: Problems = {};
  if (!Number.isNaN(d.sleepHours)) {
    if (d.sleepHours < 0 || d.sleepHours > sleepHoursMax)
      found.sleepHours = `Sleep must be 0 to ${sleepHoursMax} hours.`;
    else if (!Number.isInteger(d.sleepHours / sleepHoursStep))
      found.sleepHours = 'Use quarter hours for sleep, like 7, 7.25 or 7.5.';
  }
  if (
    !Number.isNaN(d.activeMinutes) &&
    !(Number.isInteger(d.activeMinutes) && d.activeMinutes >= 0 && d.activeMinutes <= activeMinutesMax)
  )
    found.activeMinutes = `Movement must be whole minutes, 0 to ${activeMinutesMax}.`;
  if (!Number.isNaN(d.water) && !(Number.isInteger(d.water) && d.water >= 0 && d.water <= waterMax))
    found.water = `Water must be whole glasses, 0 to ${waterMax}.`;
  return found;
}

export function CheckinForm({ initial, busy, onSave, onSkip, onCancel }: Props) {
  const [draft, setDraft] = useState<Draft>(() => ({
    sleepHours: toNumber(initial.sleepHours),
    sleepQuality: initial.sleepQuality,
    stress: initial.stress,
    activeMinutes: toNumber(initial.activeMinutes),
    water: toNumber(initial.water),
    interferenceActivity: initial.interferenceActivity,
    interferenceEnjoyment: initial.interferenceEnjoyment,
    warningSigns: [...initial.warningSigns],
  }));
  const [checked, setChecked] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const problems = checked ? problemsOf(draft) : {};
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => setDraft((d) => ({ ...d, [key]: value }));

  function submit(event: FormEvent) {
    event.preventDefault();
    setChecked(true);
    const found = problemsOf(draft);
    const first = Object.keys(found)[0];
    if (first) {
      form.current?.querySelector<HTMLElement>(`[data-field="${first}"]`)?.focus();
      return;
    }
    onSave({
      date: initial.date,
      sleepHours: toNullable(draft.sleepHours),
      sleepQuality: draft.sleepQuality,
      stress: draft.stress,
      activeMinutes: toNullable(draft.activeMinutes),
      water: toNullable(draft.water),
      interferenceActivity: draft.interferenceActivity,
      interferenceEnjoyment: draft.interferenceEnjoyment,
      // In the list's own order, whatever order they were ticked in.
      warningSigns: WARNING_SIGNS.map((s) => s.id).filter((id) => draft.warningSigns.includes(id)),
    });
  }

  // An emergency cannot wait for Save: its advice shows the moment such a sign is ticked.
  const emergencyNow = adviceForWarningSigns(draft.warningSigns).find((a) => a.tier === 'emergency');

  function toggleSign(id: WarningSignId, on: boolean) {
    set('warningSigns', on ? [...draft.warningSigns, id] : draft.warningSigns.filter((s) => s !== id));
  }

  return (
    <form ref={form} className="checkin-form" onSubmit={submit} noValidate aria-label="Daily check-in">
      <p className="hint">Every question is optional; answer what you can. It takes about a minute.</p>
      <div className="checkin-grid">
        <div className="checkin-numbers">
          <NumberField
            field="sleepHours"
            context="Check-in"
            label="Sleep last night"
            unit="hours"
            value={draft.sleepHours}
            step={sleepHoursStep}
            min={0}
            max={sleepHoursMax}
            error={problems.sleepHours}
            onChange={(v) => set('sleepHours', v)}
          />
          <NumberField
            field="activeMinutes"
            context="Check-in"
            label="Moving about today"
            unit="minutes"
            value={draft.activeMinutes}
            step={5}
            min={0}
            max={activeMinutesMax}
            error={problems.activeMinutes}
            onChange={(v) => set('activeMinutes', v)}
          />
          <NumberField
            field="water"
            context="Check-in"
            label="Water today"
            unit="glasses"
            value={draft.water}
            min={0}
            max={waterMax}
            error={problems.water}
            onChange={(v) => set('water', v)}
          />
        </div>
        <ScoreField
          field="sleepQuality"
          label="How well did you sleep?"
          low="very badly"
          high="very well"
          value={draft.sleepQuality}
          onChange={(v) => set('sleepQuality', v)}
        />
        <ScoreField
          field="stress"
          label="How stressed did you feel today?"
          low="not at all"
          high="extremely"
          value={draft.stress}
          onChange={(v) => set('stress', v)}
        />
        <ScoreField
          field="interferenceActivity"
          label="How much did pain get in the way of your usual activities?"
          low="not at all"
          high="completely"
          value={draft.interferenceActivity}
          onChange={(v) => set('interferenceActivity', v)}
        />
        <ScoreField
          field="interferenceEnjoyment"
          label="How much did pain get in the way of enjoying life?"
          low="not at all"
          high="completely"
          value={draft.interferenceEnjoyment}
          onChange={(v) => set('interferenceEnjoyment', v)}
        />
      </div>
      <details className="checkin-signs" open={initial.warningSigns.length > 0}>
        <summary>Anything new? Signs worth telling a clinician about (optional)</summary>
        <p className="hint">Tick anything that started or changed recently. Saving never stops you logging.</p>
        {TRIAGE_TIERS.map((tier) => (
          <fieldset key={tier} className={`plain-fieldset checkin-tier checkin-tier-${tier}`} data-tier={tier}>
            <legend>{TIER_LEGEND[tier]}</legend>
            {signsOfTier(tier).map((sign) => (
              <label key={sign.id} className="check">
                <input
                  type="checkbox"
                  checked={draft.warningSigns.includes(sign.id as WarningSignId)}
                  onChange={(e) => toggleSign(sign.id as WarningSignId, e.target.checked)}
                />
                {sign.label}
              </label>
            ))}
            {tier === 'emergency' && emergencyNow && (
              <TierAlert tier="emergency" title={emergencyNow.title} className="advice checkin-emergency-now">
                <p>{emergencyNow.message}</p>
              </TierAlert>
            )}
          </fieldset>
        ))}
      </details>
      {Object.keys(problems).length > 0 && (
        <div className="alert error" role="alert">
          Not saved yet. {Object.values(problems).join(' ')}
        </div>
      )}
      <div className="actions">
        <button type="submit" className="primary" disabled={busy}>
          {busy ? 'Saving…' : 'Save check-in'}
        </button>
        {onSkip && (
          <button type="button" onClick={onSkip} disabled={busy}>
            Skip today
          </button>
        )}
        {onCancel && (
          <button type="button" onClick={onCancel} disabled={busy}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
