/** Owns naming the operating system as the person knows it, for pointing them to the right settings. */

/** 'linux', 'mac', 'windows' or 'other', from Node's process.platform. */
export function platformName(platform: string): 'linux' | 'mac' | 'windows' | 'other' {
  if (platform === 'linux') return 'linux';
  if (platform === 'darwin') return 'mac';
  if (platform === 'win32') return 'windows';
  return 'other';
}
