/**
 * Owns picking a break preset (gentle, standard, focused), each showing its
 * numbers, as radio cards; "keep my own" appears when the saved numbers match
 * none of them, so setup never quietly overwrites settings made by hand.
 */
import { useId } from 'react';
import { BREAK_PRESETS, type BreakPreset, type BreakPresetId } from '@common/domain/break-presets';
import { formatDuration } from '@renderer/lib/dates';

interface Props {
  value: BreakPresetId | null;
  onChange(value: BreakPresetId | null): void;
  /** Offer "keep my own numbers" (the saved ones match no preset). */
  offerOwn: boolean;
}

export function BreakPresetPicker({ value, onChange, offerOwn }: Props) {
  const name = useId();
  return (
    <fieldset className="preset-picker">
      <legend>
        <h2>How often should Unknot suggest a break?</h2>
      </legend>
      <p className="hint section-intro">You can change every number later in Settings.</p>
      <div className="preset-options">
        {BREAK_PRESETS.map((preset) => (
          <label key={preset.id} className="preset-option">
            <input
              type="radio"
              name={name}
              value={preset.id}
              checked={value === preset.id}
              onChange={() => onChange(preset.id)}
            />
            <span className="preset-title">{preset.label}</span>
            <span className="preset-description">{preset.description}</span>
            <PresetNumbers preset={preset} />
          </label>
        ))}
        {offerOwn && (
          <label className="preset-option">
            <input type="radio" name={name} value="own" checked={value === null} onChange={() => onChange(null)} />
            <span className="preset-title">Keep my own</span>
            <span className="preset-description">The numbers you set in Settings stay as they are.</span>
          </label>
        )}
      </div>
    </fieldset>
  );
}

function PresetNumbers({ preset }: { preset: BreakPreset }) {
  return (
    <ul className="preset-numbers">
      <li>
        Micro-pause: {formatDuration(preset.micro.durationSeconds)} every {preset.micro.everyMinutes} minutes
      </li>
      <li>
        Stretch break: {formatDuration(preset.stretch.durationSeconds)} every {preset.stretch.everyMinutes} minutes
      </li>
      <li>Release session: {preset.releaseMinutes} minutes once a day</li>
    </ul>
  );
}
