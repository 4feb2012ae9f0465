/**
 * Owns the daily check-in on Today. From the set time on, a day that is not yet
 * answered or skipped shows the questions with Save and "Skip today"; before
 * then, one quiet line offers to check in early. An answered day shows a short
 * summary with Edit, and any advice from warning signs (urgent first); a
 * skipped day is never asked again. The answers and the skip live in main, so
 * a reload or the other window agrees.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { emptyCheckin, type Checkin } from '@common/domain/checkin';
import { adviceForWarningSigns, type Advice } from '@common/domain/red-flags';
import { api, errorMessage } from '@renderer/lib/api';
import { checkinAsk } from './checkin-due';
import { CheckinSummary, formatClockTimeOfDay } from './checkin-summary';
import { CheckinForm } from './checkin-form';
import { AdviceList } from './advice-list';
import './checkin.css';

interface Props {
  /** Today's local date; a new day gives a fresh card. */
  date: string;
  /** settings.checkin; undefined while settings load. */
  settings: { enabled: boolean; time: string } | undefined;
  /** Refreshes "now" so the prompt appears once the time has passed. */
  nowMs: number;
  /** After a save or skip (Today's week figures count check-in days). */
  onChange?: () => void;
}

type Loaded = { checkin: Checkin | null; settled: boolean };

export function CheckinCard({ date, settings, nowMs, onChange }: Props) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [busy, setBusy] = useState(false);
  /** Advice from the save just made: announced. Advice shown on a later visit is not. */
  const [freshAdvice, setFreshAdvice] = useState<Advice[] | null>(null);
  const adviceRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const sectionRef = useRef<HTMLElement>(null);
  const focusAfter = useRef<'advice' | 'heading' | null>(null);

  // Today keys this card by date, so a new day mounts a fresh one.
  const load = useCallback(
    () =>
      api.checkin.get({ date }).then(
        (answer) => {
          setLoaded(answer);
          setLoadError(null);
        },
        (err: unknown) => setLoadError(errorMessage(err)),
      ),
    [date],
  );

  useEffect(() => {
    void load();
  }, [load]);

  useEffect(() => {
    const target = focusAfter.current;
    if (!target) return;
    focusAfter.current = null;
    // The long form just gave way to a short card: bring the whole card into view, heading included.
    sectionRef.current?.scrollIntoView({ block: 'nearest' });
    if (target === 'advice' && adviceRef.current) adviceRef.current.focus({ preventScroll: true });
    else headingRef.current?.focus({ preventScroll: true });
  });

  async function save(checkin: Checkin) {
    setBusy(true);
    setSaveError(null);
    try {
      const result = await api.checkin.save({ checkin });
      setLoaded({ checkin: result.checkin, settled: true });
      setFreshAdvice(result.advice);
      setEditing(false);
      focusAfter.current = result.advice.length ? 'advice' : 'heading';
      onChange?.();
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function skip() {
    setBusy(true);
    setSaveError(null);
    try {
      await api.checkin.skip({ date });
      setLoaded({ checkin: null, settled: true });
      setEditing(false);
      focusAfter.current = 'heading';
    } catch (err) {
      setSaveError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  if (loadError) {
    return (
      <section className="card checkin-card" aria-labelledby="checkin-title">
        <h2 id="checkin-title">Daily check-in</h2>
        <div className="alert error" role="alert">
          Could not read today’s check-in: {loadError}
        </div>
      </section>
    );
  }
  if (!loaded || !settings) return null;

  const { checkin, settled } = loaded;
  const ask = checkinAsk(settings, new Date(nowMs));
  // Switched off and nothing saved today: no card at all.
  if (!editing && !checkin && !settled && ask === 'off') return null;

  const advice = freshAdvice ?? (checkin ? adviceForWarningSigns(checkin.warningSigns) : []);
  const showForm = editing || (!settled && ask === 'ask');

  let body;
  if (showForm) {
    body = (
      <CheckinForm
        initial={checkin ?? emptyCheckin(date)}
        busy={busy}
        onSave={(c) => void save(c)}
        // Skipping is offered for a day not yet settled; editing an answered day offers Cancel instead.
        onSkip={settled ? undefined : () => void skip()}
        onCancel={
          editing
            ? () => {
                setEditing(false);
                focusAfter.current = 'heading';
              }
            : undefined
        }
      />
    );
  } else if (checkin) {
    body = (
      <>
        <CheckinSummary checkin={checkin} />
        <div className="actions">
          <button type="button" onClick={() => setEditing(true)}>
            Edit check-in
          </button>
        </div>
      </>
    );
  } else if (settled) {
    body = (
      <p className="checkin-quiet">
        You skipped today’s check-in. That’s fine; it won’t ask again today.{' '}
        <button type="button" className="link" onClick={() => setEditing(true)}>
          Check in anyway
        </button>
      </p>
    );
  } else {
    body = (
      <p className="checkin-quiet">
        Today’s check-in opens at {formatClockTimeOfDay(settings.time)}.{' '}
        <button type="button" className="link" onClick={() => setEditing(true)}>
          Check in now
        </button>
      </p>
    );
  }

  return (
    <section
      ref={sectionRef}
      className="card checkin-card"
      aria-labelledby="checkin-title"
      data-state={showForm ? 'asking' : 'quiet'}
    >
      <div className="card-head">
        <h2 id="checkin-title" ref={headingRef} tabIndex={-1}>
          {showForm && !checkin ? 'How was today?' : 'Daily check-in'}
        </h2>
        {checkin && !showForm && <span className="badge">Done</span>}
      </div>
      <AdviceList ref={adviceRef} advice={advice} announce={freshAdvice !== null} />
      {saveError && (
        <div className="alert error" role="alert">
          {saveError}
        </div>
      )}
      {body}
    </section>
  );
}
