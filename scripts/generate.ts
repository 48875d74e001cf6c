/** `npm run gen`: rewrites every generated, committed file (see artifacts.ts). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateSnapshot } from '../src/snapshot/validate.js';
import { createLocator } from '../src/snapshot/locate.js';
import { writeFileAtomic } from '../src/snapshot/file.js';
import { buildDemoSnapshot } from '../examples/demo-account/build.js';
import { formatError } from '../src/diagnostics/format.js';
import { generatedArtifacts } from './artifacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const demo = validateSnapshot(buildDemoSnapshot(), createLocator('examples/demo-account', undefined));
if (!demo.ok) {
  for (const error of demo.errors) console.error(formatError(error));
  console.error('the demo account is not a valid snapshot; nothing written');
  process.exit(2);
}
for (const artifact of generatedArtifacts()) {
  await writeFileAtomic(join(root, artifact.path), artifact.contents);
  console.log(`wrote ${artifact.path}`);
}
