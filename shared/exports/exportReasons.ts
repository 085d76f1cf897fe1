import type { BulkExportEvidence } from '../api/findingEvidence';
import type { Severity } from '../api/findingsApi';
import { bulkPullFloors, isBulkPull } from './bulkPullRule';
import { formatCount } from '../format/formatCount';
import { formatMeasure } from '../format/formatMeasure';

/** `1 hour`, `3 hours`. */
const hoursOf = (n: number) => `${formatCount(n)} hour${n === 1 ? '' : 's'}`;

/** One line of why a bulk-export run has its severity; `code` names the step of the rule for tests and styling. */
export interface ExportReason {
  code: 'volume' | 'below_volume' | 'heavy_habit' | 'precedent' | 'no_precedent' | 'repeat' | 'crowd' | 'no_history' | 'takeover';
  text: string;
}

/**
 * The severity rule of docs/design.md §1 applied to a finding's stored evidence, step by step in words, so an analyst
 * sees why a run is high and not medium (or the reverse) without reading the rule: the volume test, the precedent that
 * lowers it a step, the hours a repeat or a crowd explains, and the takeover that raises it; the workbench's finding
 * panel and the report both say it.
 */
export function exportReasons(e: BulkExportEvidence, severity: Severity, takeoverId: string | null): ExportReason[] {
  const v = (x: number | null) => formatMeasure(x, e.unit);
  const own = e.hours - e.crowdHours;
  // The own hours' total when they moved more than their usual; when not (excess 0), no total is a bulk pull either way.
  const ownTotal = e.usual + e.excess;
  const reasons: ExportReason[] = [];
  if (e.reason === 'no_history')
    reasons.push({
      code: 'no_history',
      text: 'Fewer than 3 hours of their own in the ±7-day window: flagged by the reference z-score, their usual is what history there is.',
    });
  const bulk = isBulkPull(ownTotal, e.usual, e.floor);
  if (bulk)
    reasons.push({
      code: 'volume',
      text: `${v(e.excess)} beyond their usual ${v(e.usual)} for ${own === 1 ? 'that hour' : 'those hours'}: at least ${bulkPullFloors} floors (${v(bulkPullFloors * e.floor)}) more, and over twice the usual. By volume, a bulk pull.`,
    });
  else
    reasons.push({
      code: 'below_volume',
      text: `${v(e.excess)} beyond their usual ${v(e.usual)}: ${e.excess < bulkPullFloors * Math.max(e.floor, 1) ? `under ${bulkPullFloors} floors (${v(bulkPullFloors * e.floor)})` : 'not twice the usual'}, so not high by volume.`,
    });
  // A bulk pull is lowered by a precedent even in a high run, a smaller one only by a precedent outside one; evidence
  // counts the latter, so a bulk pull's precedent is read from its severity (a critical one says nothing either way).
  const precedent = bulk ? (e.heavyHabit ? null : severity === 'medium' ? true : severity === 'high' ? false : null) : own > 0 && e.precedentHours === own;
  if (e.heavyHabit)
    reasons.push({
      code: 'heavy_habit',
      text: `Within their own heavy habit: a quarter of their hours move ${v(e.upperQuartile)} or more, and on a multiplicative scale the run is within the spread of their own hours (robust score ${(e.logScore ?? 0).toFixed(1)}), so medium, not high.`,
    });
  if (precedent === true)
    reasons.push({
      code: 'precedent',
      text: `No hour of the run is larger than their own largest hour a day or more before${e.priorMax === null ? '' : ` (${v(e.priorMax)})`}: they have moved this much before, one step lower.`,
    });
  else if (precedent === false)
    reasons.push({
      code: 'no_precedent',
      text:
        e.priorMax === null
          ? 'No hour of theirs a day or more before, in the window, to compare with.'
          : own === 1
            ? `Larger than any hour of theirs a day or more before (at most ${v(e.priorMax)}).`
            : `Not every hour of the run has a precedent: their largest hour a day or more before the peak was ${v(e.priorMax)}.`,
    });
  if (e.repeatHours > 0)
    reasons.push({
      code: 'repeat',
      text: `${hoursOf(e.repeatHours)} repeat${e.repeatHours === 1 ? 's' : ''} a flagged hour of theirs a week or a month apart: a job's usual run counts as usual.`,
    });
  if (e.crowdHours > 0)
    reasons.push({
      code: 'crowd',
      text: `${hoursOf(e.crowdHours)} shared with a crowd of users moving alike: left out of the judgement.`,
    });
  if (severity === 'critical' && takeoverId)
    reasons.push({
      code: 'takeover',
      text: `It follows the account's takeover (${takeoverId}): critical.`,
    });
  return reasons;
}
