import { DOCFAV_DEMO_API_KEY, startDocfavSimulator } from './docfav';
import { DOCTENA_DEMO_LOGIN, DOCTENA_DEMO_PASSWORD, startDoctenaSimulator } from './doctena';

// `npm run simulators`: both vendor simulators with the demo practice, on loopback, until Ctrl+C.
// Ports: DOCTENA_SIM_PORT / DOCFAV_SIM_PORT (random when unset). Faults: FRONTDESK_SIM_FAULTS.

const port = (name: string) => (process.env[name] ? Number(process.env[name]) : undefined);
const doctenaPort = port('DOCTENA_SIM_PORT');
const docfavPort = port('DOCFAV_SIM_PORT');

const [doctena, docfav] = await Promise.all([
  startDoctenaSimulator(doctenaPort === undefined ? {} : { port: doctenaPort }),
  startDocfavSimulator(docfavPort === undefined ? {} : { port: docfavPort }),
]);

console.log('Frontdesk API simulators (fictional demo data)');
console.log(
  `Doctena v2.1  ${doctena.baseUrl}   login ${DOCTENA_DEMO_LOGIN} / ${DOCTENA_DEMO_PASSWORD}`,
);
console.log(`Docfav v1     ${docfav.baseUrl}   X-Api-Key ${DOCFAV_DEMO_API_KEY}`);
console.log(
  'Control: POST /__sim/faults, DELETE /__sim/faults, POST /__sim/reset, GET /__sim/stats',
);

const stop = () => {
  void Promise.all([doctena.close(), docfav.close()]).then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
