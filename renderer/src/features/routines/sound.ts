/**
 * Owns the player's optional sound cue: one soft beep made with WebAudio (no
 * audio files), and remembering whether the person turned sound on (off by default).
 */
const KEY = 'unknot.routines.sound';
let context: AudioContext | null = null;

export function soundPreference(): boolean {
  try {
    return window.localStorage.getItem(KEY) === 'on';
  } catch {
    return false;
  }
}

export function setSoundPreference(on: boolean): void {
  try {
    window.localStorage.setItem(KEY, on ? 'on' : 'off');
  } catch {
    // Not remembered; it still works for this routine.
  }
  // Turning sound on is a click, which is when a browser lets audio start.
  if (on) void audio()?.resume();
}

function audio(): AudioContext | null {
  if (context) return context;
  try {
    context = new AudioContext();
  } catch {
    context = null;
  }
  return context;
}

/** A short, soft two-note chime; `high` for "a step begins", low for "the routine ends". */
export function beep(kind: 'step' | 'end' = 'step'): void {
  const ctx = audio();
  if (!ctx) return;
  const t = ctx.currentTime;
  const notes = kind === 'step' ? [660, 880] : [880, 660, 523];
  notes.forEach((frequency, i) => {
    const start = t + i * 0.16;
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, start);
    gain.gain.exponentialRampToValueAtTime(0.12, start + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.3);
    osc.connect(gain).connect(ctx.destination);
    osc.start(start);
    osc.stop(start + 0.32);
  });
}
