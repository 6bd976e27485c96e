import type { Programme } from '../../api';

/**
 * The programmes a visitor can still join, soonest start first: published, with a free place, and not
 * ended (the last phase closes on or after `today`, a `YYYY-MM-DD` day in Brussels).
 */
export function openProgrammes(programmes: Programme[], today: string, limit: number): Programme[] {
  const ends = (p: Programme) => p.phases.reduce((last, phase) => (phase.closesOn > last ? phase.closesOn : last), '');
  const starts = (p: Programme) =>
    p.phases.reduce((first, phase) => (first === '' || phase.opensOn < first ? phase.opensOn : first), '');
  return programmes
    .filter((p) => p.published && p.schoolCount < p.maxSchools && (p.phases.length === 0 || ends(p) >= today))
    .sort((a, b) => starts(a).localeCompare(starts(b)) || a.name.localeCompare(b.name))
    .slice(0, limit);
}
