/**
 * Collection progress on stderr: on a terminal one line rewritten in place
 * (types done / started, resources, errors); otherwise a plain line at most
 * every few seconds, so CI logs stay readable. --quiet silences both.
 */
import type { ProgressEvent } from '../collect/run.js';
import type { CliIo } from './io.js';

export function progressReporter(io: CliIo, quiet: boolean, now: () => number = Date.now): { onEvent: (event: ProgressEvent) => void; finish: () => void } {
  let started = 0;
  let done = 0;
  let resources = 0;
  let failed = 0;
  let lastLine = 0;
  const tty = io.stderr.isTTY;
  const line = (): string => `collecting: ${done}/${started} type×region done · ${resources} resources · ${failed} listings failed`;
  return {
    onEvent(event) {
      if (quiet) return;
      if (event.phase === 'start') started++;
      else {
        done++;
        resources += event.resources;
        if (event.failed) failed++;
      }
      if (tty) io.stderr.write(`\r${line()}\u001b[K`);
      else if (now() - lastLine >= 5_000 || (event.phase === 'done' && done === started)) {
        lastLine = now();
        io.stderr.write(`${line()}\n`);
      }
    },
    finish() {
      if (!quiet && tty) io.stderr.write('\n');
    },
  };
}
