/**
 * Owns the break engine's public face: what adapters call into it (system
 * events, the person's answers) and what it reports. The implementation is
 * main/core/break-engine.ts; this file lets adapters and screens be built
 * against it without importing the planner itself.
 */
import type { BreakAction, BreakKind, BreakStatus, PauseMode } from '../../common/domain/breaks';

export type SystemEvent = 'lock' | 'unlock' | 'suspend' | 'resume';

export interface BreakEngine {
  start(): void;
  stop(): void;
  status(): BreakStatus;
  respond(action: BreakAction): BreakStatus;
  takeNow(kind: BreakKind): BreakStatus;
  pause(mode: PauseMode): BreakStatus;
  resume(): BreakStatus;
  /** From powerMonitor: screen lock/unlock, system suspend/resume. */
  systemEvent(event: SystemEvent): void;
  /** The time zone (or idle detection) changed: re-plan from now. Settings changes reach the engine by themselves. */
  replan(): void;
  /** Every status change (tray icon and tooltip follow this). */
  onStatus(listener: (status: BreakStatus) => void): () => void;
}
