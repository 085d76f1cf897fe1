/** Shows an engine error in place, with its full message so the analyst knows what to fix. */
export function ErrorNote({ message, testId }: { message: string | null; testId?: string }) {
  if (!message) return null;
  return (
    <div className="error-note" role="alert" data-testid={testId ?? 'error'}>
      {message.split('\n').map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}
