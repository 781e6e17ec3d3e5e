// Where the embedded database lives when `--data` names no folder: the user's data folder,
// as each system defines it, so the class survives reinstalling Mekong.
import { homedir } from 'node:os';
import { join } from 'node:path';

/** The default data folder of the hub on `platform`, from the environment `env`. */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: Readonly<Record<string, string | undefined>> = process.env,
  home: string = homedir(),
): string {
  if (platform === 'win32')
    return join(env.LOCALAPPDATA ?? join(home, 'AppData', 'Local'), 'Mekong Robotics', 'classroom');
  if (platform === 'darwin')
    return join(home, 'Library', 'Application Support', 'Mekong Robotics', 'classroom');
  return join(env.XDG_DATA_HOME || join(home, '.local', 'share'), 'mekong-robotics', 'classroom');
}
