/**
 * Owns the rule for who may call the contract: only the main frame of a page
 * served from our own origin (app://unknot in Electron, the preview's own
 * loopback origin in the browser). Subframes, other origins and unknown senders are refused.
 */
export const APP_ORIGIN = 'app://unknot';

export interface CallSender {
  /** URL of the frame that sent the call, if known. */
  url: string | undefined;
  isMainFrame: boolean;
  /** Electron: the id of the sending webContents (to print that window); absent in the web preview. */
  contentsId?: number;
}

export function isTrustedSender(sender: CallSender, trustedOrigin: string): boolean {
  if (!sender.isMainFrame || !sender.url) return false;
  try {
    return originOf(sender.url) === trustedOrigin;
  } catch {
    return false;
  }
}

/** URL.origin is "null" for non-special schemes such as app:, so build it ourselves. */
function originOf(url: string): string {
  const parsed = new URL(url);
  return `${parsed.protocol}//${parsed.host}`;
}
