import { startWebApp } from './app';

// `npm run web`: the development and test harness. Prints the URL (with its one-run token) to open
// in a browser. Stop with Ctrl+C.

const portArg = process.argv.find((arg) => arg.startsWith('--port='));
const port = portArg ? Number(portArg.slice('--port='.length)) : undefined;

const app = await startWebApp(port === undefined ? {} : { port });
console.log('Frontdesk web bridge (development and test harness, not for production use)');
console.log(`Open: ${app.bridge.url}`);

const stop = () => {
  void app.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
