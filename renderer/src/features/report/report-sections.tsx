/**
 * Owns the report's smaller sections: advice (most urgent tier first) with
 * the warning signs noted this week, breaks, routines, what helps you, factors
 * (associations, never causes) and the check-in averages. Words come from
 * lib/report-text.ts; this module only lays them out.
 */
import { useId } from 'react';
import type { WeeklyReport } from '@common/domain/report';
import { getRoutine } from '@common/domain/atlas';
import {
  HELPS_MIN_SESSIONS,
  FACTOR_MIN_DAYS,
  FACTOR_WINDOW_DAYS,
  breakSummary,
  checkinAverages,
  factorSentence,
  orderedAdvice,
  reliefPhrase,
  routinesSentence,
  shownFactors,
  warningSignLabel,
  warningSignTier,
} from './report-text';
import { TIER_WORDING } from '@common/domain/red-flags';
import { TierAlert } from '@renderer/ui/tier-alert';
import { formatShare, plural } from './report-format';
import { longDayLabel, shortDateLabel } from './report-week';

export function routineTitle(id: string, customTitles: ReadonlyMap<string, string>): string {
  return getRoutine(id)?.title ?? customTitles.get(id) ?? 'A routine that no longer exists';
}

export function AdviceSection({ report }: { report: WeeklyReport }) {
  const advice = orderedAdvice(report);
  if (advice.length === 0 && report.warningSigns.length === 0) return null;
  // The signs themselves are listed below with their days; advice repeats only its other reasons.
  const signLabels = new Set(report.warningSigns.map((w) => warningSignLabel(w.sign)));
  return (
    <section className="report-advice" aria-label="Advice">
      {advice.map((a, i) => {
        const because = a.because.filter((b) => !signLabels.has(b));
        return (
          <TierAlert key={`${a.tier}-${i}`} tier={a.tier} title={a.title} heading="h2" className="report-advice-item">
            <p>{a.message}</p>
            {because.length > 0 && (
              <ul className="advice-because">
                {because.map((b) => (
                  <li key={b}>{b}</li>
                ))}
              </ul>
            )}
          </TierAlert>
        );
      })}
      {report.warningSigns.length > 0 && (
        <div className="report-signs">
          <h3>Warning signs you noted this week, most urgent first</h3>
          <ul>
            {report.warningSigns.map((w) => {
              const tier = warningSignTier(w.sign);
              return (
                <li key={`${w.date}-${w.sign}`} data-tier={tier ?? undefined}>
                  {tier && <span className={`tier-tag tier-tag-${tier}`}>{TIER_WORDING[tier].short}</span>}{' '}
                  <span className="hint">{longDayLabel(w.date)}:</span> {warningSignLabel(w.sign)}
                </li>
              );
            })}
          </ul>
        </div>
      )}
    </section>
  );
}

export function BreaksSection({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const summary = breakSummary(report);
  return (
    <section className="card report-breaks" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Breaks</h2>
      <dl className="break-counts report-counts">
        <div>
          <dt>Taken</dt>
          <dd>{summary.taken}</dd>
        </div>
        <div>
          <dt>Natural</dt>
          <dd>{summary.natural}</dd>
        </div>
        <div>
          <dt>Skipped</dt>
          <dd>{summary.skipped}</dd>
        </div>
        <div>
          <dt>Kept</dt>
          <dd>{report.breaks.adherence === null ? '–' : formatShare(report.breaks.adherence)}</dd>
        </div>
      </dl>
      <p>{summary.sentence}</p>
      <p className="hint">Natural breaks are the times you stepped away before a prompt came.</p>
    </section>
  );
}

export function RoutinesSection({
  report,
  customTitles,
}: {
  report: WeeklyReport;
  customTitles: ReadonlyMap<string, string>;
}) {
  const ids = useId();
  const byRoutine = [...report.routines.byRoutine].sort((a, b) => b.n - a.n);
  return (
    <section className="card report-routines" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Routines</h2>
      <p>{routinesSentence(report)}</p>
      {byRoutine.length > 0 && (
        <ul className="report-list">
          {byRoutine.map((r) => (
            <li key={r.routineId}>
              <strong>{routineTitle(r.routineId, customTitles)}</strong>
              <span className="hint">{reliefPhrase(r)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function HelpsSection({
  report,
  customTitles,
}: {
  report: WeeklyReport;
  customTitles: ReadonlyMap<string, string>;
}) {
  const ids = useId();
  const helps = report.routines.helps;
  return (
    <section className="card report-helps" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>What helps you</h2>
      {helps.length === 0 ? (
        <p className="empty-line">
          Nothing to rank yet. A routine shows here once you have done it at least {HELPS_MIN_SESSIONS} times this week
          and rated the area before and after — one good session on its own could be luck.
        </p>
      ) : (
        <>
          <ol className="report-list helps-list">
            {helps.map((r) => (
              <li key={r.routineId}>
                <strong>{routineTitle(r.routineId, customTitles)}</strong>
                <span>{reliefPhrase(r)}</span>
              </li>
            ))}
          </ol>
          <p className="hint">
            Relief is how much lower you rated the area after the routine than before. Only routines done at least{' '}
            {HELPS_MIN_SESSIONS} times are ranked.
          </p>
        </>
      )}
    </section>
  );
}

export function FactorsSection({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const factors = shownFactors(report);
  const span = `${shortDateLabel(report.factors.from)} – ${shortDateLabel(report.factors.to)}`;
  return (
    <section
      className="card report-factors"
      aria-labelledby={`${ids}-title`}
      data-empty={factors.length === 0 || undefined}
    >
      <h2 id={`${ids}-title`}>Patterns over the last {FACTOR_WINDOW_DAYS / 7} weeks</h2>
      {factors.length === 0 ? (
        <p className="empty-line">
          Not enough days to compare yet. Each comparison needs at least {FACTOR_MIN_DAYS} days on each side, from your
          daily check-ins ({span}).
        </p>
      ) : (
        <>
          <ul className="report-list factors-list">
            {factors.map((f) => (
              <li key={f.id} data-factor={f.id}>
                {factorSentence(f)}
              </li>
            ))}
          </ul>
          <p className="hint">
            From {span}. These are patterns that went together, not proof that one causes the other: a hard day can cut
            your sleep as easily as short sleep can make a hard day.
          </p>
        </>
      )}
    </section>
  );
}

export function CheckinsSection({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const rows = checkinAverages(report);
  return (
    <section className="card report-checkins" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Daily check-ins</h2>
      {rows.length === 0 ? (
        <p className="empty-line">No check-ins this week.</p>
      ) : (
        <>
          <p className="hint">Averages over {plural(report.checkins.days, 'day', 'days')} with a check-in.</p>
          <dl className="checkin-averages">
            {rows.map((r) => (
              <div key={r.label}>
                <dt>{r.label}</dt>
                <dd>{r.value}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}

/** The workstation check done this week and what changed since the one before (shown only in such a week). */
export function WorkstationSection({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const check = report.workstation;
  if (!check) return null;
  return (
    <section className="card report-workstation" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>Your desk setup</h2>
      <p className="hint">
        Workstation check on {longDayLabel(check.checkedOn)}
        {check.previousOn ? `, compared with ${shortDateLabel(check.previousOn)}` : ''}.
      </p>
      {!check.previousOn ? (
        <p className="empty-line">Your first check: the next one will show what changed.</p>
      ) : check.changes.length === 0 ? (
        <p className="empty-line">Same answers as last time.</p>
      ) : (
        <ul>
          {check.changes.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
      <p>
        <a href="#/learn/workstation-check">Open the workstation check</a>
      </p>
    </section>
  );
}
