// The sanitiser pool's thread entry. Plain JavaScript: `yakuba serve` registers tsx in the main
// thread only, so a worker must register it itself before it loads the TypeScript decoders.
import { register } from 'tsx/esm/api';

register();
const { default: sanitiseInWorker } = await import('./sanitise-worker.ts');
export default sanitiseInWorker;
