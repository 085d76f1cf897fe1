import { useCallback, useContext, useEffect, useState } from 'react';
import type { ApiArg, ApiMethod, ApiValue } from '../../../shared/api';
import { RevealScope } from '../ui/RevealScope';
import { call } from './client';

/** Loading state of one Api read. */
export interface QueryState<T> {
  data: T | undefined;
  error: string | null;
  loading: boolean;
  reload: () => void;
}

/** Runs an Api read when `key` (or the view's reveal) changes and exposes its data, error and a reload handle; inside a revealed view it reads through the audited `revealCall`. */
export function useQuery<M extends ApiMethod>(method: M, arg: ApiArg<M>, key: string): QueryState<ApiValue<M>> {
  const [state, setState] = useState<{ data: ApiValue<M> | undefined; error: string | null; loading: boolean }>({
    data: undefined,
    error: null,
    loading: true,
  });
  const [tick, setTick] = useState(0);
  const revealView = useContext(RevealScope);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    const read = revealView === null ? call(method, arg) : (call('revealCall', { view: revealView, method, arg: arg as Record<string, unknown> }) as Promise<ApiValue<M>>);
    read.then(
      (data) => live && setState({ data, error: null, loading: false }),
      (e: Error) => live && setState({ data: undefined, error: e.message, loading: false }),
    );
    return () => {
      live = false;
    };
  }, [method, key, tick, revealView]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { ...state, reload };
}
