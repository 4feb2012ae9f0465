/** Owns the one-glance summary of a saved check-in ("Slept 7.5 h, 6/10 · stress 4/10 · …"). */
import type { Checkin } from '@common/domain/checkin';

const timeFormat = new Intl.DateTimeFormat(undefined, { hour: 'numeric', minute: '2-digit' });

/** "17:30" as this machine writes a time of day ("5:30 PM" in en-US). */
export function formatClockTimeOfDay(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return timeFormat.format(new Date(2000, 0, 1, h, m));
}

export function summaryParts(c: Checkin): string[] {
  const parts: string[] = [];
  if (c.sleepHours !== null || c.sleepQuality !== null) {
    const hours = c.sleepHours !== null ? `${c.sleepHours} h` : null;
    const quality = c.sleepQuality !== null ? `slept ${c.sleepQuality}/10` : null;
    parts.push(['Sleep', [hours, quality].filter(Boolean).join(', ')].join(' '));
  }
  if (c.stress !== null) parts.push(`Stress ${c.stress}/10`);
  if (c.activeMinutes !== null) parts.push(`${c.activeMinutes} min moving`);
  if (c.water !== null) parts.push(`${c.water} ${c.water === 1 ? 'glass' : 'glasses'} of water`);
  const inTheWay = [
    c.interferenceActivity !== null ? `activities ${c.interferenceActivity}/10` : null,
    c.interferenceEnjoyment !== null ? `enjoyment ${c.interferenceEnjoyment}/10` : null,
  ].filter(Boolean);
  if (inTheWay.length) parts.push(`Pain in the way of ${inTheWay.join(', ')}`);
  if (c.warningSigns.length)
    parts.push(`${c.warningSigns.length} new ${c.warningSigns.length === 1 ? 'sign' : 'signs'} noted`);
  return parts;
}

export function CheckinSummary({ checkin }: { checkin: Checkin }) {
  const parts = summaryParts(checkin);
  if (parts.length === 0) return <p className="checkin-quiet">Checked in for today, with no answers filled in.</p>;
  return (
    <ul className="checkin-summary" aria-label="Today’s check-in">
      {parts.map((p) => (
        <li key={p}>{p}</li>
      ))}
    </ul>
  );
}
