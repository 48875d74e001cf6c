/**
 * Files that are generated from the code and committed: the published JSON
 * Schemas and the demo account. `npm run gen` writes them; a test fails when
 * a committed copy is stale.
 */
import { buildDemoSnapshot } from '../examples/demo-account/build.js';
import { encodeSnapshot } from '../src/snapshot/file.js';
import { snapshotJsonSchema } from '../src/snapshot/json-schema.js';
import { policyJsonSchema } from '../src/policy/json-schema.js';
import { packSchema } from '../src/pack/schema.js';
import { scanResultSchema } from '../src/engine/result.js';

export interface Artifact {
  /** Path relative to the repository root. */
  readonly path: string;
  readonly contents: string;
}

export const DEMO_SNAPSHOT_PATH = 'examples/demo-account.json';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** A TypeBox schema as a standalone JSON Schema document. */
function published(id: string, title: string, schema: unknown): Record<string, unknown> {
  return { $schema: 'http://json-schema.org/draft-07/schema#', $id: `https://assay.dev/schemas/${id}`, title, ...(JSON.parse(JSON.stringify(schema)) as Record<string, unknown>) };
}

export function generatedArtifacts(): Artifact[] {
  return [
    { path: 'schemas/snapshot.schema.json', contents: json(snapshotJsonSchema()) },
    { path: 'schemas/policy.schema.json', contents: json(policyJsonSchema()) },
    { path: 'schemas/pack.schema.json', contents: json(published('pack.schema.json', 'Assay pack', packSchema)) },
    { path: 'schemas/findings.schema.json', contents: json(published('findings.schema.json', 'Assay scan result', scanResultSchema)) },
    { path: DEMO_SNAPSHOT_PATH, contents: Buffer.from(encodeSnapshot(buildDemoSnapshot(), DEMO_SNAPSHOT_PATH)).toString('utf8') },
  ];
}
