/**
 * Files that are generated from the code and committed: the published JSON
 * Schemas and the demo account. `npm run gen` writes them; a test fails when
 * a committed copy is stale.
 */
import { buildDemoSnapshot } from '../examples/demo-account/build.js';
import { encodeSnapshot } from '../src/snapshot/file.js';
import { snapshotJsonSchema } from '../src/snapshot/json-schema.js';

export interface Artifact {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly contents: string;
}

export const DEMO_SNAPSHOT_PATH = 'examples/demo-account.json';

export function generatedArtifacts(): Artifact[] {
  return [
    { path: 'schemas/snapshot.schema.json', contents: `${JSON.stringify(snapshotJsonSchema(), null, 2)}\n` },
    { path: DEMO_SNAPSHOT_PATH, contents: Buffer.from(encodeSnapshot(buildDemoSnapshot(), DEMO_SNAPSHOT_PATH)).toString('utf8') },
  ];
}
