/**
 * Owns the report's smaller sections: the warning signs noted this week by
 * tier and date (a week is about the past: no same-day wording) with the
 * progress advice, breaks, routines, what helps you, factors (clear ones only,
 * associations, never causes), the check-in averages and "This week"'s next steps. Words come from
 * lib/report-text.ts; this module only lays them out.
 */
import { useId } from 'react';
import type { WeeklyReport } from '@common/domain/report';
import { getRoutine } from '@common/domain/atlas';
import {
  HELPS_MIN_SESSIONS,
  FACTOR_WINDOW_DAYS,
  PATTERN_RULE,
  noPatternSentence,
  breakSummary,
  checkinAverages,
  factorSentence,
  orderedAdvice,
  reliefPhrase,
  routinesSentence,
  shownFactors,
  stepHref,
} from './report-text';
import { WARNING_SIGNS_NOTE, nextStepWords, warningSignsByTier } from '@common/domain/report-words';
import { TierAlert } from '@renderer/ui/tier-alert';
import { formatShare, plural } from './report-format';
import { longDayLabel, shortDateLabel } from './report-week';

export function routineTitle(id: string, customTitles: ReadonlyMap<string, string>): string {
  return getRoutine(id)?.title ?? customTitles.get(id) ?? 'A routine that no longer exists';
}

export function AdviceSection({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const advice = orderedAdvice(report);
  const groups = warningSignsByTier(report.warningSigns);
  if (advice.length === 0 && groups.length === 0) return null;
  return (
    <section className="report-advice" aria-label="Warning signs and advice">
      {groups.length > 0 && (
        <div className="alert warning report-signs" aria-labelledby={`${ids}-signs`}>
          <h2 id={`${ids}-signs`}>Warning signs noted this week</h2>
          {groups.map((g) => (
            <div key={g.tier} className="report-signs-tier" data-tier={g.tier}>
              <h3>{g.label}</h3>
              <ul>
                {g.signs.map((s) => (
                  <li key={`${s.date}-${s.sign}`}>
                    <span className="hint">{longDayLabel(s.date)}:</span> {s.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
          <p className="hint">
            {WARNING_SIGNS_NOTE} <a href="#/learn/when-to-see-a-professional">When to see a professional</a>
          </p>
        </div>
      )}
      {advice.map((a, i) => (
        <TierAlert key={`${a.tier}-${i}`} tier={a.tier} title={a.title} heading="h2" className="report-advice-item">
          <p>{a.message}</p>
          {a.because.length > 0 && (
            <ul className="advice-because">
              {a.because.map((b) => (
                <li key={b}>{b}</li>
              ))}
            </ul>
          )}
        </TierAlert>
      ))}
    </section>
  );
}

/** "This week": the report's last word, at most three next steps from the data, each with its link. */
export function NextStepsSection({
  report,
  customTitles,
}: {
  report: WeeklyReport;
  customTitles: ReadonlyMap<string, string>;
}) {
  const ids = useId();
  const steps = report.nextSteps.map((step) => ({
    step,
    words: nextStepWords(step, (id) => routineTitle(id, customTitles)),
  }));
  return (
    <section className="card report-next" aria-labelledby={`${ids}-title`}>
      <h2 id={`${ids}-title`}>This week</h2>
      {steps.length === 0 ? (
        <p className="empty-line">Nothing in particular stands out: keep going as you are.</p>
      ) : (
        <ol className="next-steps">
          {steps.map(({ step, words }, i) => (
            <li key={i} data-kind={step.kind}>
              <strong>{words.text}</strong>
              <span className="next-because">: {words.because}.</span>{' '}
              <a href={stepHref(step.link)}>{words.linkLabel}</a>
            </li>
          ))}
        </ol>
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
  const none = noPatternSentence(report);
  const span = `${shortDateLabel(report.factors.from)} – ${shortDateLabel(report.factors.to)}`;
  return (
    <section
      className="card report-factors"
      aria-labelledby={`${ids}-title`}
      data-empty={factors.length === 0 || undefined}
    >
      <h2 id={`${ids}-title`}>Patterns over the last {FACTOR_WINDOW_DAYS / 7} weeks</h2>
      {none !== null ? (
        <>
          <p className="empty-line">{none}</p>
          <p className="hint">
            From {span}. {PATTERN_RULE}
          </p>
        </>
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
            From {span}. {PATTERN_RULE} These are patterns that went together, not proof that one causes the other: a
            hard day can cut your sleep as easily as short sleep can make a hard day.
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
