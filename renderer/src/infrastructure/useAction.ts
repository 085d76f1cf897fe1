import { useState } from 'react';

/** Runs one engine change at a time and keeps its error for display, then calls `after` (usually a reload). */
export function useAction(after: () => void): { run: (fn: () => Promise<unknown>) => Promise<boolean>; error: string | null; busy: boolean } {
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const run = async (fn: () => Promise<unknown>) => {
    setError(null);
    setBusy(true);
    try {
      await fn();
      after();
      return true;
    } catch (e) {
      setError((e as Error).message);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, busy };
}
