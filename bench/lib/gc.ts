import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * A full garbage collection, to start each timed run from a collected heap (so one run does not
 * pay for the previous run's garbage). Uses --expose-gc's global when present, otherwise turns the
 * flag on at run time; falls back to a no-op.
 */
export function getGc(): () => void {
  const g = (globalThis as { gc?: () => void }).gc;
  if (typeof g === 'function') return g;
  try {
    v8.setFlagsFromString('--expose-gc');
    const fn = vm.runInNewContext('gc') as unknown;
    if (typeof fn === 'function') return fn as () => void;
  } catch {
    // not available: timings just include more collector noise
  }
  return () => undefined;
}
