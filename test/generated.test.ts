/**
 * Committed files generated from code must match the code: the published
 * schemas, the demo account, the policy and pack pages and the README's
 * coverage table. `npm run gen` rewrites them.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import type { ValidateFunction } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { createAjv } from '../src/resources/validate-data.js';
import { GENERATED_FOLDERS, generatedArtifacts, type Artifact } from '../scripts/artifacts.js';

const read = (path: string): string => readFileSync(new URL(`../${path}`, import.meta.url), 'utf8');

describe('generated files', () => {
  // Generated once for the file, in a hook: listing the tests generates nothing.
  let artifacts: readonly Artifact[] = [];
  beforeAll(async () => { artifacts = await generatedArtifacts(); });

  it('are up to date, every one (run `npm run gen` if not)', () => {
    expect(artifacts.map((a) => a.path)).toEqual(expect.arrayContaining(['README.md', 'schemas/findings.schema.json', 'examples/demo-account.json', 'docs/policies/README.md']));
    const stale = artifacts.filter((a) => !existsSync(new URL(`../${a.path}`, import.meta.url)) || read(a.path) !== a.contents).map((a) => a.path);
    expect(stale, 'stale: run npm run gen').toEqual([]);
  });

  it.each(GENERATED_FOLDERS.map((f) => [f]))('%s holds only generated pages (a removed policy leaves no page behind)', (folder) => {
    const expected = artifacts.map((a) => a.path).filter((p) => p.startsWith(`${folder}/`)).sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(readdirSync(new URL(`../${folder}`, import.meta.url), { encoding: 'utf8' }).map((f) => `${folder}/${f}`).sort()).toEqual(expected);
  });
});

describe('the published snapshot schema', () => {
  let validate: ValidateFunction;
  beforeAll(() => { validate = createAjv().compile(JSON.parse(read('schemas/snapshot.schema.json')) as object); });

  it('accepts the demo account and the valid fixture', () => {
    for (const path of ['examples/demo-account.json', 'test/fixtures/snapshots/valid.json']) {
      expect(validate(JSON.parse(read(path))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    }
  });

  it('rejects data that does not fit its resource type', () => {
    expect(validate(JSON.parse(read('test/fixtures/snapshots/wrong-types.json')))).toBe(false);
    const paths = (validate.errors ?? []).map((e) => e.instancePath);
    expect(paths).toContain('/resources/1/data/versioning/status');
  });

  it('lets a field be absent only when the resource lists collection errors', () => {
    const snapshot = JSON.parse(read('test/fixtures/snapshots/valid.json')) as { resources: { data: Record<string, unknown>; errors?: unknown[] }[] };
    delete snapshot.resources[1]!.data.policy;
    expect(validate(snapshot)).toBe(false);
    snapshot.resources[1]!.errors = [{ path: 'policy', code: 'AccessDenied', message: 'denied' }];
    expect(validate(snapshot), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });
});

describe('the published policy and pack schemas', () => {
  it('accept every bundled policy and pack', async () => {
    const { parse } = await import('yaml');
    const { readdirSync } = await import('node:fs');
    const policySchema = createAjv().compile(JSON.parse(read('schemas/policy.schema.json')) as object);
    const files = readdirSync(new URL('../policies', import.meta.url), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml'));
    expect(files.length).toBeGreaterThan(10);
    const librarySchema = createAjv().compile(JSON.parse(read('schemas/conditions.schema.json')) as object);
    for (const file of files) {
      const validate = file.startsWith('lib/') ? librarySchema : policySchema;
      expect(validate(parse(read(`policies/${file}`))), `${file}: ${JSON.stringify(validate.errors?.slice(0, 2))}`).toBe(true);
    }
    expect(files.filter((f) => f.startsWith('lib/')).length).toBeGreaterThan(0);
    const packSchema = createAjv().compile(JSON.parse(read('schemas/pack.schema.json')) as object);
    expect(packSchema(parse(read('packs/assay-foundations.yaml')))).toBe(true);
  });

  it('reject an unknown operator in a condition', async () => {
    const { parse } = await import('yaml');
    const policySchema = createAjv().compile(JSON.parse(read('schemas/policy.schema.json')) as object);
    const policy = parse(read('policies/aws/kms/aws-kms-cmk-rotation-enabled.yaml')) as Record<string, unknown>;
    policy.check = { path: 'rotationEnabled', equal: true };
    expect(policySchema(policy)).toBe(false);
  });
});
