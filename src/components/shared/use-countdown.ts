import { useEffect, useState } from "react";

/**
 * Milliseconds left until `deadline` (epoch ms), re-rendering on each whole second until it
 * passes; `0` after, `undefined` without a deadline. One timer at a time, aligned to second
 * boundaries so the displayed seconds never skip.
 */
export function useCountdown(deadline: number | undefined): number | undefined {
  const [now, setNow] = useState(() => Date.now());
  // `now` is a dependency on purpose: each tick schedules the next one.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above.
  useEffect(() => {
    if (deadline === undefined) return;
    const left = deadline - Date.now();
    setNow(Date.now());
    if (left <= 0) return;
    const delay = left % 1000 === 0 ? 1000 : left % 1000;
    const timer = setTimeout(() => setNow(Date.now()), delay);
    return () => clearTimeout(timer);
  }, [deadline, now]);
  return deadline === undefined ? undefined : Math.max(0, deadline - now);
}
