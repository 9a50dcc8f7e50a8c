// Worker of scripts/build-vendor.js: answers the names each package specifier exports.
import { parentPort, workerData } from 'node:worker_threads';

const names = {};
for (const spec of workerData.specifiers) names[spec] = Object.keys(await import(spec));
parentPort.postMessage(names);
