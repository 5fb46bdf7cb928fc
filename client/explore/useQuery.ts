import { useEffect, useState } from 'react';
import type { ApiResult } from './api';

export interface QueryState<T> {
  data: T | undefined;
  error: string | undefined;
  loading: boolean;
}

/**
 * Runs `load` whenever `key` changes (a URL string is a good key), aborting the previous call; keeps
 * the last data while the next loads so charts do not flash empty. `key` null: nothing to load.
 */
export function useQuery<T>(key: string | null, load: (signal: AbortSignal) => Promise<ApiResult<T>>): QueryState<T> {
  const [state, setState] = useState<QueryState<T>>({ data: undefined, error: undefined, loading: key !== null });
  useEffect(() => {
    if (key === null) { setState({ data: undefined, error: undefined, loading: false }); return; }
    const ctl = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    void load(ctl.signal).then((r) => {
      if (ctl.signal.aborted) return;
      setState(r.ok ? { data: r.data, error: undefined, loading: false } : { data: undefined, error: r.error, loading: false });
    });
    return () => ctl.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the key names everything load depends on
  }, [key]);
  return state;
}
