import { formatCountOf } from '../../ui/format';

/** The findings of a Login spikes list that the analyst dismissed, counted under it: out of the list and its figures as in the report, never lost silently. */
export function DismissedNote({ count, noun, testId }: { count: number; noun: string; testId: string }) {
  if (count <= 0) return null;
  return (
    <p className="hint" data-testid={testId}>
      {formatCountOf(count, `dismissed ${noun}`)} not listed or counted here, as in the report; the Findings list, status dismissed, holds {count === 1 ? 'it' : 'them'}.
    </p>
  );
}
