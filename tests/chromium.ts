/**
 * Owns how this project launches Debian's Chromium (the only browser these
 * machines can install): where it is, and the flags that keep it from reaching
 * for the network it does not have.
 */
export const CHROMIUM_LAUNCH_OPTIONS = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
};
