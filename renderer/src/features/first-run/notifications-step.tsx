/**
 * Owns the first run's notification check: in the desktop app, whether the
 * system can show Unknot's notifications (asked of main); in the web preview,
 * what this browser allows (Notification.permission). Either way a test
 * notification, and plain steps for turning notifications on where they are off.
 */
import { useEffect, useState } from 'react';
import type { ResultOf } from '@common/ipc/contract';
import { api, errorMessage } from '@renderer/lib/api';
import { BROWSER_HELP, systemHelp } from './notification-help';

type Status = ResultOf<'notifications:status'>;
type BrowserPermission = NotificationPermission | 'unavailable';

const TEST_TITLE = 'Unknot can reach you';
const TEST_BODY = 'This is how a heads-up before a break will look. Nothing to do now.';

function browserPermission(): BrowserPermission {
  return typeof Notification === 'undefined' ? 'unavailable' : Notification.permission;
}

export function NotificationsStep() {
  const [status, setStatus] = useState<Status | null>(null);
  const [permission, setPermission] = useState<BrowserPermission>(browserPermission);
  const [sent, setSent] = useState<'shown' | 'failed' | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let alive = true;
    api.notifications.status().then(
      (s) => alive && setStatus(s),
      (err: unknown) => alive && setError(errorMessage(err)),
    );
    return () => {
      alive = false;
    };
  }, []);

  async function allow() {
    try {
      setPermission(await Notification.requestPermission());
    } catch (err) {
      setError(errorMessage(err));
    }
  }

  async function sendTest() {
    setError(null);
    try {
      const answer = await api.notifications.test();
      if (answer === 'ask-browser') {
        // The page's own notification: the web preview has no native ones.
        new Notification(TEST_TITLE, { body: TEST_BODY, silent: true });
        setSent('shown');
      } else {
        setSent(answer === 'shown' ? 'shown' : 'failed');
        if (answer === 'unsupported') setStatus((s) => (s ? { ...s, support: 'unsupported' } : s));
      }
    } catch (err) {
      setSent('failed');
      setError(errorMessage(err));
    }
  }

  if (!status) {
    return error ? (
      <p className="alert error" role="alert">
        Could not check notifications: {error}
      </p>
    ) : (
      <p className="hint">Checking…</p>
    );
  }

  const inBrowser = status.support === 'ask-browser';
  const allowed = inBrowser ? permission === 'granted' : status.support === 'supported';
  const notAskedYet = inBrowser && permission === 'default';
  return (
    <>
      <p className="welcome-lead">
        A few seconds before each break Unknot shows a quiet notification, so the break never takes you by surprise.
      </p>
      {inBrowser && (
        <p className="hint">
          In this browser preview breaks appear in the page itself; the heads-up notification is the desktop app’s. Here
          you can check what this browser allows.
        </p>
      )}
      <div className="notify-state" data-state={allowed ? 'ok' : notAskedYet ? 'ask' : 'off'} role="status">
        <strong>{stateText(inBrowser, permission, status.support)}</strong>
      </div>
      {error && (
        <p className="alert error" role="alert">
          {error}
        </p>
      )}
      <div className="actions">
        {inBrowser && permission === 'default' && (
          <button type="button" onClick={() => void allow()}>
            Allow notifications
          </button>
        )}
        {allowed && (
          <button type="button" onClick={() => void sendTest()}>
            Send a test notification
          </button>
        )}
      </div>
      {sent === 'shown' && (
        <p className="hint" role="status">
          Sent. Did a notification titled “{TEST_TITLE}” appear? If not, see below.
        </p>
      )}
      <section className="notify-help" aria-labelledby="notify-help-title">
        <h2 id="notify-help-title">
          {allowed
            ? 'If you did not see it'
            : notAskedYet
              ? 'If the browser does not ask'
              : 'How to turn notifications on'}
        </h2>
        {inBrowser && <p>{BROWSER_HELP}</p>}
        {systemHelp(status.platform).map((help) => (
          <p key={help.label}>
            <strong>{help.label}:</strong> {help.text}
          </p>
        ))}
        <p className="hint">Without notifications, breaks still appear; you just get no heads-up before them.</p>
      </section>
    </>
  );
}

function stateText(inBrowser: boolean, permission: BrowserPermission, support: Status['support']): string {
  if (!inBrowser) {
    return support === 'supported'
      ? 'This system can show Unknot’s notifications.'
      : 'This system cannot show notifications right now.';
  }
  switch (permission) {
    case 'granted':
      return 'This browser allows notifications from Unknot.';
    case 'denied':
      return 'This browser blocks notifications from this page.';
    case 'default':
      return 'Not allowed yet. Press Allow notifications and answer Allow when the browser asks.';
    case 'unavailable':
      return 'This browser cannot show notifications.';
  }
}
