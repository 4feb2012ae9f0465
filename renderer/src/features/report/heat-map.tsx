/**
 * Owns the week's body heat map: front and back, each region shaded by its
 * average pain this week (with the map's legend), and the same as a list
 * ranked by intensity-days (how often and how much), plus the body areas.
 */
import { useId } from 'react';
import type { WeeklyReport } from '@common/domain/report';
import { REGION_GROUP_LABELS } from '@common/domain/body-regions';
import { BodyMapPair } from '@renderer/ui/body-map/body-map';
import { AREA_RANKING, heatIntensities, regionHeatList } from './report-text';
import { formatScore, plural } from './report-format';

export function HeatMap({ report }: { report: WeeklyReport }) {
  const ids = useId();
  const regions = regionHeatList(report);
  const groups = [...report.byGroup].filter((g) => g.entries > 0).sort((a, b) => (b.mean ?? 0) - (a.mean ?? 0));
  return (
    <section className="card report-heat" aria-labelledby={`${ids}-title`}>
      <div className="report-card-head">
        <h2 id={`${ids}-title`}>Where it hurt</h2>
      </div>
      {regions.length === 0 ? (
        <p className="empty-line">Nothing logged this week, so the map is blank.</p>
      ) : (
        <>
          <p className="hint">
            Each area is shaded by its average this week; the darker, the more it hurt. Hover or focus an area for its
            number.
          </p>
          <div className="report-heat-body">
            <BodyMapPair label="Pain this week by body area" highlight={{ intensity: heatIntensities(report) }} />
            <div className="report-heat-lists">
              <h3 id={`${ids}-regions`}>Areas, by how often and how much</h3>
              <ol className="heat-list" aria-labelledby={`${ids}-regions`}>
                {regions.map((r) => (
                  <li key={r.region} data-region={r.region}>
                    <span className="heat-name">{r.name}</span>
                    <span className="heat-figures">
                      {r.often} · {formatScore(r.mean)} <span className="hint">avg · max {formatScore(r.max)}</span>
                    </span>
                  </li>
                ))}
              </ol>
              <p className="hint heat-ranking">{AREA_RANKING}</p>
              {groups.length > 0 && (
                <>
                  <h3 id={`${ids}-groups`}>By body area</h3>
                  <ul className="heat-groups" aria-labelledby={`${ids}-groups`}>
                    {groups.map((g) => (
                      <li key={g.group}>
                        {REGION_GROUP_LABELS[g.group]}: {formatScore(g.mean)}{' '}
                        <span className="hint">({plural(g.entries, 'entry', 'entries')})</span>
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </div>
          </div>
        </>
      )}
    </section>
  );
}
