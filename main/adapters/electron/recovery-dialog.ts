/**
 * Owns the Electron side of start-up recovery: the native question shown when
 * the data file is damaged, and opening the backups folder in the file
 * manager. The words and the meaning of each button come from
 * main/core/backup-wording.ts (tested in Node); this adapter only shows them.
 */
import { dialog, shell } from 'electron';
import { recoveryDialog, type RecoveryChoice, type RecoveryQuestion } from '../../core/backup-wording';

export async function askAboutDamagedData(question: RecoveryQuestion, timeZone: string): Promise<RecoveryChoice> {
  const words = recoveryDialog(question, { timeZone });
  const { response } = await dialog.showMessageBox({
    type: 'warning',
    title: 'Unknot',
    message: words.message,
    detail: words.detail,
    buttons: words.buttons,
    defaultId: 0,
    // Closing the box (Esc, the window's close button) means Quit: nothing is moved or changed then.
    cancelId: words.buttons.length - 1,
    noLink: true,
  });
  return words.choices[response] ?? 'quit';
}

/** '' when the file manager opened the folder, else the system's reason. */
export function openFolder(folder: string): Promise<string> {
  return shell.openPath(folder);
}
