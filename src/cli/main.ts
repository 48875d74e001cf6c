#!/usr/bin/env node
import { currentHeapFacts, largerHeap, relaunch } from './heap.js';

// Decided before the program (and the AWS SDK behind it) is loaded: the relaunched process loads it once.
const heapMb = largerHeap(currentHeapFacts());
const relaunched = heapMb === undefined ? -1 : await relaunch(heapMb);
if (relaunched >= 0) {
  process.exitCode = relaunched;
} else {
  const [{ nodeIo }, { run }] = await Promise.all([import('./io.js'), import('./program.js')]);
  process.exitCode = await run(process.argv.slice(2), nodeIo());
}
