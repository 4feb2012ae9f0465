/**
 * Owns the clinician PDF's page: the print-only sheet that replaces the
 * Report screen on paper (clinician.css), laid out from clinician-model.ts —
 * header with the optional name and date of birth, this week against the
 * baseline, the 12-week trend (chart of average and worst pain, and a table
 * with the interference items, sleep and stress), pain locations on the front
 * and back maps, warning signs by tier, routines and breaks, sleep and stress,
 * and the workstation answers. Hidden on screen; one page, two at most.
 */
import type { TrendWeek, WeeklyReport } from '@common/domain/report';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { buildClinicianSheet, type Patient, type SheetTrendWeek } from './clinician-model';
import { seriesGeometry, type ChartFrame } from './report-chart';
import { formatScore } from './report-format';
import { heatIntensities } from './report-text';

interface Props {
  report: WeeklyReport;
  trend: readonly TrendWeek[] | null;
  routineTitle(id: string): string;
  patient: Patient;
  printedOn: string;
}

// About the printed size in CSS pixels (58 mm), so the 7 px ticks print at about 7 px.
const FRAME: ChartFrame = { width: 220, height: 112, padLeft: 16, padRight: 4, padTop: 6, padBottom: 14 };

/** Average (solid) and worst (dashed) pain per week on the 0–10 scale. */
function TrendLines({ weeks }: { weeks: readonly SheetTrendWeek[] }) {
  const mean = seriesGeometry({ values: weeks.map((w) => w.mean) }, FRAME);
  const worst = seriesGeometry({ values: weeks.map((w) => w.worst) }, FRAME);
  return (
    <svg className="cs-chart" viewBox={`0 0 ${FRAME.width} ${FRAME.height}`} aria-hidden="true">
      {mean.yTicks.map((t) => (
        <g key={t.value}>
          <line x1={FRAME.padLeft} x2={FRAME.width - FRAME.padRight} y1={t.y} y2={t.y} className="cs-grid" />
          <text x={FRAME.padLeft - 4} y={t.y + 3} textAnchor="end" className="cs-tick">
            {t.value}
          </text>
        </g>
      ))}
      {worst.lines.map((d) => (
        <path key={d} d={d} className="cs-worst" />
      ))}
      {worst.points.map((p) => (
        <rect key={p.index} x={p.x - 2} y={p.y - 2} width={4} height={4} className="cs-worst-point" />
      ))}
      {mean.lines.map((d) => (
        <path key={d} d={d} className="cs-mean" />
      ))}
      {mean.points.map((p) => (
        <circle key={p.index} cx={p.x} cy={p.y} r={weeks[p.index]?.current ? 3.2 : 2.2} className="cs-mean-point" />
      ))}
      {weeks.map((w, i) =>
        i % 2 === (weeks.length - 1) % 2 ? (
          <text key={w.week} x={mean.xs[i]} y={FRAME.height - 4} textAnchor="middle" className="cs-tick">
            {w.label}
          </text>
        ) : null,
      )}
    </svg>
  );
}

const cell = (v: number | null, suffix = '') => (v === null ? '–' : `${formatScore(v)}${suffix}`);

export function ClinicianSheet({ report, trend, routineTitle, patient, printedOn }: Props) {
  const s = buildClinicianSheet({ report, trend, routineTitle, patient, printedOn });
  return (
    <article className="clinician-sheet print-only">
      <header className="cs-head">
        <div>
          <p className="cs-title">Pain diary summary</p>
          {s.patientLine && <p className="cs-patient">{s.patientLine}</p>}
        </div>
        <div className="cs-meta">
          <p>Period: {s.period}</p>
          <p>Printed {s.printed} · Self-reported with Unknot</p>
        </div>
      </header>

      <section className="cs-section cs-summary">
        <h2>This week against baseline</h2>
        <dl className="cs-figures">
          {s.figures.map((f) => (
            <div key={f.label}>
              <dt>{f.label}</dt>
              <dd>{f.value}</dd>
            </div>
          ))}
        </dl>
        <p className="cs-verdict" data-tone={s.verdictTone}>
          {s.verdict}
        </p>
        {s.comparisons.map((line) => (
          <p key={line} className="cs-note">
            {line}
          </p>
        ))}
      </section>

      {s.trend.length > 0 && (
        <section className="cs-section cs-trend">
          <h2>12-week trend</h2>
          <div className="cs-trend-body">
            <figure className="cs-figure">
              <TrendLines weeks={s.trend} />
              <figcaption className="cs-note">
                <span className="cs-key cs-key-mean" /> average · <span className="cs-key cs-key-worst" /> worst (0–10)
              </figcaption>
            </figure>
            <table className="cs-table">
              <caption className="cs-note">{s.trendSpan}. Weekly means; – not logged.</caption>
              <thead>
                <tr>
                  <th scope="col">Week of</th>
                  {s.trend.map((w) => (
                    <th key={w.week} scope="col" data-current={w.current || undefined}>
                      {w.label}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                <tr>
                  <th scope="row">Average pain</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.mean)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Worst pain</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.worst)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Days logged</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{w.days}</td>
                  ))}
                </tr>
                <tr className="cs-row-group">
                  <th scope="row">Interference: activity</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.activity)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Interference: enjoyment</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.enjoyment)}</td>
                  ))}
                </tr>
                <tr className="cs-row-group">
                  <th scope="row">Sleep, hours</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.sleep)}</td>
                  ))}
                </tr>
                <tr>
                  <th scope="row">Stress</th>
                  {s.trend.map((w) => (
                    <td key={w.week}>{cell(w.stress)}</td>
                  ))}
                </tr>
              </tbody>
            </table>
          </div>
        </section>
      )}

      <section className="cs-section cs-interference">
        <h2>Interference with activity and enjoyment</h2>
        <p>{s.interference}</p>
      </section>

      <div className="cs-columns">
        <section className="cs-section cs-locations">
          <h2>Pain locations</h2>
          {s.locations.length === 0 ? (
            <p>None logged this week.</p>
          ) : (
            <>
              <BodyMapPair label="Pain locations this week" highlight={{ intensity: heatIntensities(report) }} />
              <table className="cs-table cs-locations-table">
                <caption className="cs-note">Most frequent first; intensity 0–10.</caption>
                <thead>
                  <tr>
                    <th scope="col">Area</th>
                    <th scope="col">Days</th>
                    <th scope="col">Mean</th>
                    <th scope="col">Max</th>
                  </tr>
                </thead>
                <tbody>
                  {s.locations.map((l) => (
                    <tr key={l.region}>
                      <th scope="row">{l.name}</th>
                      <td>{l.days}</td>
                      <td>{formatScore(l.mean)}</td>
                      <td>{formatScore(l.max)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
              {s.moreLocations > 0 && <p className="cs-note">and {s.moreLocations} more (on the map)</p>}
            </>
          )}
        </section>

        <div className="cs-side">
          <section className="cs-section cs-signs">
            <h2>Warning signs reported</h2>
            {s.signs.length === 0 ? (
              <p>None reported this week.</p>
            ) : (
              s.signs.map((g) => (
                <div key={g.tier} data-tier={g.tier}>
                  <h3>{g.label}</h3>
                  <ul>
                    {g.items.map((item) => (
                      <li key={item}>{item}</li>
                    ))}
                  </ul>
                </div>
              ))
            )}
          </section>

          <section className="cs-section cs-routines">
            <h2>Routines and breaks</h2>
            <p>{s.breaks}</p>
            {s.routines.length > 0 && (
              <ul>
                {s.routines.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
            <p>{s.followedByLower}</p>
          </section>

          <section className="cs-section cs-sleep">
            <h2>Sleep and stress</h2>
            {[...s.sleepStress, ...s.patterns].map((line) => (
              <p key={line}>{line}</p>
            ))}
          </section>

          {s.desk.length > 0 && (
            <section className="cs-section cs-desk">
              <h2>Workstation factors</h2>
              <ul>
                {s.desk.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </section>
          )}
        </div>
      </div>

      <footer className="cs-foot">
        <p>{s.method}</p>
      </footer>
    </article>
  );
}
