/**
 * Calls back once the person has not used the page for a while: no key, pointer, wheel, touch
 * or scroll. A hidden tab's timers may be slowed down, so the time is also checked by the clock
 * when the tab is shown again.
 */

const ACTIVITY = ['keydown', 'pointerdown', 'pointermove', 'wheel', 'touchstart', 'scroll'];

/**
 * Watches for `ms` milliseconds without activity, then calls `onIdle` once.
 * @returns stops watching.
 */
export function watchIdle(ms: number, onIdle: () => void): () => void {
  let last = Date.now();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let done = false;

  const check = () => {
    if (done) return;
    const left = last + ms - Date.now();
    if (left <= 0) {
      stop();
      onIdle();
      return;
    }
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(check, left);
  };
  const active = () => {
    last = Date.now();
  };
  const shown = () => {
    if (document.visibilityState === 'visible') check();
  };
  function stop() {
    done = true;
    if (timer !== null) clearTimeout(timer);
    for (const type of ACTIVITY) window.removeEventListener(type, active, true);
    document.removeEventListener('visibilitychange', shown);
  }

  for (const type of ACTIVITY)
    window.addEventListener(type, active, { capture: true, passive: true });
  document.addEventListener('visibilitychange', shown);
  check();
  return stop;
}
