/**
 * Owns the app-wide web-content lockdown: no navigation away from app://, no
 * new windows, no webviews, and permission requests denied except notifications.
 */
import { app, session } from 'electron';
import { isNavigationAllowed, isPermissionAllowed } from '../../security/permissions';

export function hardenWebContents(): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!isNavigationAllowed(url)) event.preventDefault();
    });
    contents.on('will-attach-webview', (event) => event.preventDefault());
    // No page opens windows. Outside links (lesson sources, later) will go through a
    // host allow-list before shell.openExternal; until then, nothing leaves the app.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  });
}

export function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((contents, permission, callback) => {
    callback(isPermissionAllowed(permission, contents.getURL()));
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
}
