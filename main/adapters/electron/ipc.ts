/**
 * Owns carrying the contract over Electron IPC: one ipcMain.handle per channel,
 * each passing the sending frame to the shared dispatcher, which refuses
 * anything but our own app:// main frame.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNELS } from '../../../common/ipc/channels';
import type { Dispatch } from '../../ipc/dispatcher';

export function registerIpc(dispatch: Dispatch): void {
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, args: unknown) => {
      const frame = event.senderFrame;
      return dispatch(
        {
          url: frame?.url,
          isMainFrame: frame !== null && frame === event.sender.mainFrame,
          contentsId: event.sender.id,
        },
        channel,
        args,
      );
    });
  }
}
