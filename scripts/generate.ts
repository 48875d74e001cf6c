/** `npm run gen`: rewrites every generated, committed file (see artifacts.ts). */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { validateSnapshot } from '../src/snapshot/validate.js';
import { createLocator } from '../src/snapshot/locate.js';
import { writeFileAtomic } from '../src/snapshot/write-file.js';
import { buildDemoSnapshot } from '../examples/demo-account/build.js';
import { formatError } from '../src/diagnostics/format.js';
import { readdirSync, rmSync } from 'node:fs';
import { GENERATED_FOLDERS, generatedArtifacts } from './artifacts.js';

const root = fileURLToPath(new URL('..', import.meta.url));

const demo = validateSnapshot(buildDemoSnapshot(), createLocator('examples/demo-account', undefined));
if (!demo.ok) {
  for (const error of demo.errors) console.error(formatError(error));
  console.error('the demo account is not a valid snapshot; nothing written');
  process.exit(2);
}
const artifacts = await generatedArtifacts();
const wanted = new Set(artifacts.map((a) => a.path));
for (const folder of GENERATED_FOLDERS) {
  for (const file of readdirSync(join(root, folder), { encoding: 'utf8' })) {
    if (!wanted.has(`${folder}/${file}`)) {
      rmSync(join(root, folder, file));
      console.log(`removed ${folder}/${file}`);
    }
  }
}
for (const artifact of artifacts) {
  await writeFileAtomic(join(root, artifact.path), artifact.contents);
  console.log(`wrote ${artifact.path}`);
}
