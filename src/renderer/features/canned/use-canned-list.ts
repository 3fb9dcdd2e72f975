// Loads the canned responses once per mounted composer, the first time the picker opens. The core caches
// the list per session, so reopening is cheap; a failure is shown in the picker, never thrown.
import { useEffect, useRef, useState } from 'react';
import type { CannedResponse } from '../../../shared/domain/canned';
import { useServices } from '../../app/services';

export type CannedList = { status: 'idle' | 'loading' } | { status: 'ready'; list: CannedResponse[] } | { status: 'failed'; message: string };

export function useCannedList(wanted: boolean): CannedList {
  const { baton } = useServices();
  const [state, setState] = useState<CannedList>({ status: 'idle' });
  const started = useRef(false);
  const mounted = useRef(true);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

  useEffect(() => {
    if (!wanted || started.current) return;
    // Closing the picker before the answer arrives must not lose it, so only unmounting drops it.
    started.current = true;
    setState({ status: 'loading' });
    void baton.invoke('canned:list').then((result) => {
      if (!mounted.current) return;
      setState(result.ok ? { status: 'ready', list: result.value } : { status: 'failed', message: result.error.message });
    });
  }, [wanted, baton]);
  return state;
}
