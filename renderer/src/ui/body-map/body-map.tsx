/**
 * Owns the body map: Unknot's front and back figure with every body region as
 * its own shape, for picking regions (checkboxes) or showing where a muscle's
 * trigger points sit and where its pain can show up (read-only), and later a
 * heat map. One region is in the tab order (roving tabindex); arrow keys move
 * to the nearest region in that direction, Home/End to the first/last, Enter
 * or Space toggles. Colours come from CSS variables, so both themes work.
 */
import { useCallback, useMemo, useRef, useState, type JSX, type KeyboardEvent } from 'react';
import { VIEW_HEIGHT, VIEW_WIDTH, nearestInDirection, type Direction, type Pt } from './geometry';
import { intensityLevel, regionAccessibleName } from './names';
import { DRAWINGS, type View } from './shapes';
import './body-map.css';

export interface BodyMapProps {
  view: 'front' | 'back';
  /** Full region ids currently selected (e.g. 'temple-right'). */
  selected?: ReadonlySet<string>;
  /** Omit for a read-only map. */
  onToggle?(regionId: string): void;
  highlight?: {
    /** Where the muscle's trigger points sit: drawn as a marked spot/outline. */
    trigger?: readonly string[];
    /** Where its pain can show up: a soft fill. */
    referral?: readonly string[];
    /** 0–10 per region for a heat map (the weekly report uses this later): fill intensity scales with it. */
    intensity?: Readonly<Record<string, number>>;
  };
  /** Accessible name of the whole map, e.g. "Body map, front view". */
  label: string;
}

const KEY_DIRECTIONS: Record<string, Direction> = {
  ArrowLeft: 'left',
  ArrowRight: 'right',
  ArrowUp: 'up',
  ArrowDown: 'down',
};

/** Which side of the person each half of the picture shows. */
const PICTURE_SIDES: Record<View, { left: string; right: string; title: string }> = {
  front: { left: 'Your right', right: 'Your left', title: 'Front' },
  back: { left: 'Your left', right: 'Your right', title: 'Back' },
};

export function BodyMap({ view, selected, onToggle, highlight, label }: BodyMapProps): JSX.Element {
  const drawing = DRAWINGS[view];
  const selectable = onToggle !== undefined;
  const centres = useMemo(() => new Map<string, Pt>(drawing.regions.map((r) => [r.id, r.centre])), [drawing]);
  const trigger = useMemo(() => new Set(highlight?.trigger ?? []), [highlight?.trigger]);
  const referral = useMemo(() => new Set(highlight?.referral ?? []), [highlight?.referral]);
  const intensity = highlight?.intensity;
  const [active, setActive] = useState<string | null>(null);
  const [ringId, setRingId] = useState<string | null>(null);
  const elements = useRef(new Map<string, SVGPathElement>());

  // The one region in the tab order: the last one focused, else the first selected, else the first.
  const tabStop =
    (active && centres.has(active) ? active : undefined) ??
    drawing.regions.find((r) => selected?.has(r.id))?.id ??
    drawing.regions[0]?.id;

  const moveTo = useCallback((id: string | undefined) => {
    if (!id) return;
    setActive(id);
    elements.current.get(id)?.focus();
  }, []);

  function onKeyDown(event: KeyboardEvent<SVGSVGElement>) {
    const id = (event.target as Element).getAttribute('data-region');
    if (!id || event.altKey || event.ctrlKey || event.metaKey) return;
    const direction = KEY_DIRECTIONS[event.key];
    if (direction) {
      event.preventDefault();
      moveTo(nearestInDirection(id, direction, centres));
    } else if (event.key === 'Home') {
      event.preventDefault();
      moveTo(drawing.regions[0]?.id);
    } else if (event.key === 'End') {
      event.preventDefault();
      moveTo(drawing.regions[drawing.regions.length - 1]?.id);
    } else if ((event.key === 'Enter' || event.key === ' ') && onToggle) {
      event.preventDefault();
      if (!event.repeat) onToggle(id);
    }
  }

  const sides = PICTURE_SIDES[view];
  const ring = ringId ? drawing.regions.find((r) => r.id === ringId) : undefined;

  return (
    <div className="body-map" data-view={view}>
      <div className="body-map-sides" aria-hidden="true">
        <span className="body-map-side">
          <span className="body-map-arrow">←</span> {sides.left}
        </span>
        <span className="body-map-title">{sides.title}</span>
        <span className="body-map-side">
          {sides.right} <span className="body-map-arrow">→</span>
        </span>
      </div>
      <svg
        className="body-map-svg"
        viewBox={`0 0 ${VIEW_WIDTH} ${VIEW_HEIGHT}`}
        role="group"
        aria-label={label}
        data-selectable={selectable || undefined}
        onKeyDown={onKeyDown}
      >
        <g className="bm-outline" aria-hidden="true">
          {drawing.silhouette.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        <g className="bm-body" aria-hidden="true">
          {drawing.silhouette.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        {drawing.regions.map((shape) => {
          const id = shape.id;
          const isSelected = selected?.has(id) ?? false;
          const isTrigger = trigger.has(id);
          const isReferral = referral.has(id);
          const value = intensity?.[id];
          const level = intensityLevel(value);
          const name = regionAccessibleName(id, {
            trigger: isTrigger,
            referral: isReferral,
            intensity: value,
            selected: isSelected,
            selectable,
          });
          return (
            <path
              key={id}
              ref={(el) => {
                if (el) elements.current.set(id, el);
                else elements.current.delete(id);
              }}
              d={shape.d}
              className="bm-region"
              data-region={id}
              data-selected={isSelected || undefined}
              data-trigger={isTrigger || undefined}
              data-referral={isReferral || undefined}
              data-level={level > 0 ? level : undefined}
              role={selectable ? 'checkbox' : 'img'}
              aria-checked={selectable ? isSelected : undefined}
              tabIndex={id === tabStop ? 0 : -1}
              onClick={
                selectable
                  ? () => {
                      setActive(id);
                      onToggle(id);
                    }
                  : () => setActive(id)
              }
              onFocus={(event) => {
                setActive(id);
                setRingId(event.currentTarget.matches(':focus-visible') ? id : null);
              }}
              onBlur={() => setRingId((current) => (current === id ? null : current))}
            >
              <title>{name}</title>
            </path>
          );
        })}
        <g className="bm-details" aria-hidden="true">
          {drawing.details.map((d, i) => (
            <path key={i} d={d} />
          ))}
        </g>
        <g className="bm-markers" aria-hidden="true">
          {drawing.regions
            .filter((r) => trigger.has(r.id))
            .map((r) => (
              <g key={r.id} className="bm-trigger-marker">
                <circle cx={r.centre[0]} cy={r.centre[1]} r={3.6} className="bm-trigger-halo" />
                <circle cx={r.centre[0]} cy={r.centre[1]} r={2.4} className="bm-trigger-dot" />
              </g>
            ))}
        </g>
        {ring && (
          <g className="bm-focus" aria-hidden="true">
            <path d={ring.d} className="bm-focus-halo" />
            <path d={ring.d} className="bm-focus-ring" />
          </g>
        )}
      </svg>
    </div>
  );
}

const CAPTION =
  'Left and right are your own. In the front view you are facing us, so your right side is on the left of the picture; in the back view we see you from behind, so your left side is on the left. The footprints beside the back view are the soles of your feet.';

/** Both views side by side (stacked under ~640px), with a legend when highlights are shown. */
export function BodyMapPair(
  props: Omit<BodyMapProps, 'view' | 'label'> & { label: string; selectedLabel?: string },
): JSX.Element {
  const { label, selectedLabel, ...rest } = props;
  return (
    <figure className="body-map-pair" role="group" aria-label={label}>
      <div className="body-map-pair-views">
        <BodyMap view="front" label={`${label}, front view`} {...rest} />
        <BodyMap view="back" label={`${label}, back view`} {...rest} />
      </div>
      <figcaption className="body-map-caption">{CAPTION}</figcaption>
      <BodyMapLegend selected={rest.selected} highlight={rest.highlight} selectedLabel={selectedLabel} />
    </figure>
  );
}

/** The key to the map's markings; only what the map is showing. */
export function BodyMapLegend({
  selected,
  highlight,
  selectedLabel = 'Selected',
}: Pick<BodyMapProps, 'selected' | 'highlight'> & {
  /** What the selection means where the map is used, e.g. "Where it hurts". */
  selectedLabel?: string | undefined;
}): JSX.Element | null {
  const items: JSX.Element[] = [];
  if (highlight?.trigger?.length) {
    items.push(
      <li key="trigger">
        <svg className="bm-swatch" viewBox="0 0 20 20" aria-hidden="true">
          <rect x="1.5" y="1.5" width="17" height="17" rx="4" className="bm-swatch-region" data-trigger />
          <circle cx="10" cy="10" r="3.6" className="bm-trigger-halo" />
          <circle cx="10" cy="10" r="2.4" className="bm-trigger-dot" />
        </svg>
        Possible trigger point
      </li>,
    );
  }
  if (highlight?.referral?.length) {
    items.push(
      <li key="referral">
        <svg className="bm-swatch" viewBox="0 0 20 20" aria-hidden="true">
          <rect x="1.5" y="1.5" width="17" height="17" rx="4" className="bm-swatch-region" data-referral />
        </svg>
        Pain can show up here
      </li>,
    );
  }
  if (highlight?.intensity && Object.values(highlight.intensity).some((v) => v > 0)) {
    items.push(
      <li key="intensity" className="bm-legend-scale">
        <span>0</span>
        <svg className="bm-scale" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true">
          {Array.from({ length: 10 }, (_, i) => (
            <rect key={i} x={i * 10} y="0" width="10" height="12" className="bm-swatch-region" data-level={i + 1} />
          ))}
        </svg>
        <span>10</span>
        <span className="bm-legend-scale-label">How much it hurt, 0 to 10</span>
      </li>,
    );
  }
  if (selected && selected.size > 0) {
    items.push(
      <li key="selected">
        <svg className="bm-swatch" viewBox="0 0 20 20" aria-hidden="true">
          <rect x="1.5" y="1.5" width="17" height="17" rx="4" className="bm-swatch-region" data-selected />
        </svg>
        {selectedLabel}
      </li>,
    );
  }
  if (items.length === 0) return null;
  return (
    <ul className="body-map-legend" aria-label="Key to the body map">
      {items}
    </ul>
  );
}
