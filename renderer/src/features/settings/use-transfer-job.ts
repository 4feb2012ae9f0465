/**
 * Owns following one export or import that runs in main: starts it, polls
 * data:job a few times a second while it runs (progress comes as numbers, so
 * polling is simple and works the same over IPC and HTTP), cancels it, and
 * hands over the finished status once.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ResultOf } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';

export type TransferJob = ResultOf<'data:job'>;

const POLL_MS = 200;

export interface TransferJobState {
  /** The job's last known status; null before the first start. */
  job: TransferJob | null;
  /** A start that failed before any job existed (the upload, the dialog), in words. */
  startError: string | null;
  running: boolean;
  /** Runs `begin` (which starts a job); a null job means the person closed the dialog. */
  start(begin: () => Promise<{ job: string | null; fileName: string }>): Promise<void>;
  cancel(): void;
}

export function useTransferJob(onFinished: (job: TransferJob) => void): TransferJobState {
  const [job, setJob] = useState<TransferJob | null>(null);
  const [startError, setStartError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const finished = useRef(onFinished);
  finished.current = onFinished;

  useEffect(() => () => window.clearTimeout(timer.current), []);

  const follow = useCallback((id: string) => {
    const poll = async () => {
      let status: TransferJob;
      try {
        status = await api.data.job({ job: id });
      } catch (error) {
        setJob((current) => current && { ...current, state: 'failed', error: errorMessage(error) });
        return;
      }
      setJob(status);
      if (status.state === 'running') timer.current = window.setTimeout(() => void poll(), POLL_MS);
      else finished.current(status);
    };
    void poll();
  }, []);

  const start = useCallback(
    async (begin: () => Promise<{ job: string | null; fileName: string }>) => {
      window.clearTimeout(timer.current);
      setJob(null);
      setStartError(null);
      setStarting(true);
      try {
        const started = await begin();
        if (started.job) follow(started.job);
      } catch (error) {
        setJob(null);
        setStartError(errorMessage(error));
      } finally {
        setStarting(false);
      }
    },
    [follow],
  );

  const cancel = useCallback(() => {
    if (job?.state === 'running') void api.data.cancel({ job: job.id }).catch(() => undefined);
  }, [job]);

  return { job, startError, running: starting || job?.state === 'running', start, cancel };
}
