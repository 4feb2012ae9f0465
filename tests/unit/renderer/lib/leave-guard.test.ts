/** Asking before leaving: which hash changes are held for a guard, and which pass. */
import { describe, expect, it, vi } from 'vitest';
import { leaveDecision, type LeaveGuard } from '@renderer/lib/leave-guard';

const change = { from: '#/routines/play/release-upper-trapezius', to: '#/today' };

describe('leaveDecision', () => {
  it('passes every change when no guard is active', () => {
    expect(leaveDecision(change, null, [], () => undefined)).toBe('pass');
  });

  it('holds a change a guard holds, handing it where the person was going and a way to go there', () => {
    const proceed = vi.fn();
    const guard = vi.fn<LeaveGuard>(() => true);
    expect(leaveDecision(change, null, [guard], proceed)).toBe('held');
    expect(guard).toHaveBeenCalledWith({ ...change, proceed });
  });

  it('passes a change a guard lets through', () => {
    expect(leaveDecision(change, null, [() => false], () => undefined)).toBe('pass');
  });

  it('passes the change made to proceed, without asking again', () => {
    const guard = vi.fn<LeaveGuard>(() => true);
    expect(leaveDecision(change, '#/today', [guard], () => undefined)).toBe('pass');
    expect(guard).not.toHaveBeenCalled();
    // A proceed meant for somewhere else does not open the way here.
    expect(leaveDecision(change, '#/report', [guard], () => undefined)).toBe('held');
  });

  it('never asks about staying where one is', () => {
    const guard = vi.fn<LeaveGuard>(() => true);
    expect(leaveDecision({ from: '#/today', to: '#/today' }, null, [guard], () => undefined)).toBe('pass');
    expect(guard).not.toHaveBeenCalled();
  });
});
