// `npm start`: build, then run the app in Electron. Where the Electron binary could not be
// downloaded (ELECTRON_SKIP_BINARY_DOWNLOAD), say so in one line and point at the web bridge.
import { spawnSync } from 'node:child_process';
import { electronBinary, electronStartArgs } from './electron-binary';

const binary = electronBinary();
if (!binary) {
  console.error(
    'The Electron binary is not installed on this machine (ELECTRON_SKIP_BINARY_DOWNLOAD); run `npm run web` to use Frontdesk in a browser through the web bridge.',
  );
  process.exit(1);
}

const run = (cmd: string, args: string[]) => {
  const result = spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
};
run('npm', ['run', 'build']);
run(binary, electronStartArgs(process.argv.slice(2)));
