/**
 * Owns one muscle's page in the trigger-point atlas (#/routines/muscle/<id>):
 * where its trigger points sit and where their pain can show up, on the body
 * map and in words, for the side the person picks; what keeps it going; how to
 * press and stretch it; its cautions and stop signs; a safety stop that holds
 * back pressure on it today; and the way into its release routine. Trigger points are a possible source of pain, never a diagnosis.
 */
import { useId, useState } from 'react';
import { getMuscle, muscleReferralRegions, muscleTriggerRegions, releaseRoutineFor } from '@common/domain/atlas';
import { regionDisplayName } from '@common/domain/body-regions';
import { TOOL_LABELS, type Side } from '@common/domain/content';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { navigate } from '@renderer/lib/routes';
import './muscle.css';
import { BackToRoutines } from './back-to-routines';
import { SafetyBlockNote, useSafetyBlocksToday } from './safety-block-note';

const SIDES: readonly { side: Side; label: string }[] = [
  { side: 'left', label: 'Your left' },
  { side: 'right', label: 'Your right' },
];

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function listWords(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export function MuscleScreen({ muscleId }: { muscleId: string }) {
  const [side, setSide] = useState<Side>('right');
  const ids = useId();
  const muscle = getMuscle(muscleId);
  const routine = muscle ? releaseRoutineFor(muscle.id) : undefined;
  const blocks = useSafetyBlocksToday();

  if (!muscle) {
    return (
      <>
        <div className="page-header">
          <div>
            <BackToRoutines />
            <h1 tabIndex={-1}>We could not find that muscle</h1>
          </div>
        </div>
        <section className="card">
          <div className="empty">
            <strong>There is no muscle called “{muscleId}” in Unknot’s atlas.</strong>
            The link may be out of date. <a href="#/routines">Back to Routines</a> to pick a muscle or a routine.
          </div>
        </section>
      </>
    );
  }

  const trigger = muscleTriggerRegions(muscle, side);
  const referral = muscleReferralRegions(muscle, side);
  const sideWords = side === 'left' ? 'your left' : 'your right';
  const tools = muscle.selfPressure.tools.map((t) => TOOL_LABELS[t].toLowerCase());

  return (
    <div className="muscle-page">
      <div className="page-header">
        <div>
          <BackToRoutines />
          <h1 tabIndex={-1}>{muscle.name}</h1>
          <p>{sentenceCase(muscle.plainName)}</p>
        </div>
        {routine && (
          <div className="actions">
            <button type="button" className="primary" onClick={() => navigate('routines', 'play', routine.id)}>
              Start the release routine
            </button>
          </div>
        )}
      </div>

      <SafetyBlockNote blocks={blocks.filter((b) => b.muscle === muscle.id)} />

      <p className="muscle-intro">
        Trigger points in this muscle are one <strong>possible source</strong> of pain in the places below. This is not
        a diagnosis: pain in these places can come from other things too, and a clinician can tell you more.
      </p>

      <section className="card" aria-labelledby={`${ids}-map`}>
        <div className="muscle-map-head">
          <h2 id={`${ids}-map`}>On the body</h2>
          <fieldset className="muscle-side-switch">
            <legend>Show the muscle on</legend>
            <div className="muscle-side-options">
              {SIDES.map((s) => (
                <label key={s.side} className="muscle-side-option">
                  <input
                    type="radio"
                    name={`${ids}-side`}
                    value={s.side}
                    checked={side === s.side}
                    onChange={() => setSide(s.side)}
                  />
                  {s.label}
                </label>
              ))}
            </div>
          </fieldset>
        </div>
        <BodyMapPair label={`${muscle.name} on ${sideWords} side`} highlight={{ trigger, referral }} />

        <div className="muscle-where">
          <div>
            <h3 id={`${ids}-refers`}>Where it can send pain</h3>
            <p className="hint">On {sideWords} side, the most usual places first.</p>
            <ul className="muscle-regions" aria-labelledby={`${ids}-refers`}>
              {referral.map((id) => (
                <li key={id}>{regionDisplayName(id)}</li>
              ))}
            </ul>
          </div>
          <div>
            <h3 id={`${ids}-sites`}>Where its trigger points sit</h3>
            <p>{muscle.triggerSites.text}</p>
            <ul className="muscle-regions muscle-regions-trigger" aria-labelledby={`${ids}-sites`}>
              {trigger.map((id) => (
                <li key={id}>{regionDisplayName(id)}</li>
              ))}
            </ul>
          </div>
        </div>
      </section>

      <section className="card muscle-safety" aria-labelledby={`${ids}-safety`}>
        <h2 id={`${ids}-safety`}>Before you start: please go gently</h2>
        <ul>
          {muscle.cautions.map((c) => (
            <li key={c}>{c}</li>
          ))}
        </ul>
        <h3>Stop and let go if</h3>
        <ul className="muscle-stop-signs">
          {muscle.stopSigns.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
        <p className="muscle-safety-foot">
          Stopping is always fine. If pain keeps coming back or worries you, please see a clinician.
        </p>
      </section>

      <div className="muscle-columns">
        <section className="card" aria-labelledby={`${ids}-press`}>
          <h2 id={`${ids}-press`}>How to press</h2>
          <p>
            <strong>Get comfortable. </strong>
            {muscle.selfPressure.position}
          </p>
          <p>
            <strong>Press. </strong>
            {muscle.selfPressure.how}
          </p>
          <p className="hint">You can use: {listWords(tools)}.</p>
        </section>

        <section className="card" aria-labelledby={`${ids}-stretch`}>
          <h2 id={`${ids}-stretch`}>Stretch</h2>
          <p>{muscle.stretch.how}</p>
          <p className="hint">Hold it gently for about {muscle.stretch.holdSeconds} seconds, breathing slowly.</p>
        </section>
      </div>

      {muscle.alsoCauses.length > 0 && (
        <section className="card" aria-labelledby={`${ids}-also`}>
          <h2 id={`${ids}-also`}>It can also bring</h2>
          <ul>
            {muscle.alsoCauses.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </section>
      )}

      <section className="card" aria-labelledby={`${ids}-keeps`}>
        <h2 id={`${ids}-keeps`}>What keeps it going</h2>
        <p className="hint">Easing these habits and set-ups often helps more than pressing alone.</p>
        <ul>
          {muscle.perpetuatingFactors.map((f) => (
            <li key={f.factor}>{f.note}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}
