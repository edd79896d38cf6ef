import { afterEach, describe, expect, it, vi } from 'vitest';
import { watchIdle } from '../../src/lib/idle.ts';
import { AUTO_LOCK_KEY, reloadAutoLock, useAutoLock } from '../../src/stores/auto-lock.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('the auto-lock choice', () => {
  it('is off by default, and a chosen delay is kept on the device', () => {
    expect(useAutoLock.getState().minutes).toBe(0);
    expect(useAutoLock.getState().choose(15)).toEqual({ ok: true });
    useAutoLock.setState({ minutes: 0 });
    reloadAutoLock();
    expect(useAutoLock.getState().minutes).toBe(15);
  });

  it('reads an unreadable or foreign save as off', () => {
    for (const saved of ['{', '{"version":1,"minutes":7}', '{"version":2,"minutes":5}', '15']) {
      localStorage.setItem(AUTO_LOCK_KEY, saved);
      reloadAutoLock();
      expect(useAutoLock.getState().minutes).toBe(0);
    }
  });
});

describe('watching for inactivity', () => {
  it('calls back once after the delay without activity, later when the person is active', () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    const stop = watchIdle(5 * 60_000, idle);
    vi.advanceTimersByTime(4 * 60_000);
    window.dispatchEvent(new KeyboardEvent('keydown'));
    vi.advanceTimersByTime(4 * 60_000);
    expect(idle).not.toHaveBeenCalled();
    vi.advanceTimersByTime(60_000);
    expect(idle).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(60 * 60_000);
    expect(idle).toHaveBeenCalledTimes(1);
    stop();
  });

  it('never calls back once stopped', () => {
    vi.useFakeTimers();
    const idle = vi.fn();
    watchIdle(60_000, idle)();
    vi.advanceTimersByTime(10 * 60_000);
    expect(idle).not.toHaveBeenCalled();
  });
});
