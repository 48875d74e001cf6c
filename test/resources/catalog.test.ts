import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { TSchema } from '@sinclair/typebox';
import { findResourceType, resourceTypes } from '../../src/resources/catalog.js';
import { validateData } from '../../src/resources/validate-data.js';

const typesDir = new URL('../../src/resources/types/', import.meta.url);

/** aws.iam.server-certificate <-> iam-server-certificate.ts: the first dot after the service becomes a dash. */
function fileNameOf(type: string): string {
  return `${type.replace(/^aws\./, '').replace('.', '-')}.ts`;
}

interface Node { type?: string; properties?: Record<string, TSchema>; required?: string[]; additionalProperties?: unknown; items?: TSchema; anyOf?: TSchema[]; description?: string }

/** Calls `visit` on every object schema with the path it sits at. */
function walkObjects(schema: TSchema, path: string, visit: (node: Node, path: string) => void): void {
  const node = schema as Node;
  for (const branch of node.anyOf ?? []) walkObjects(branch, path, visit);
  if (node.items !== undefined) walkObjects(node.items, `${path}[]`, visit);
  if (node.properties !== undefined) {
    visit(node, path);
    for (const [name, child] of Object.entries(node.properties)) walkObjects(child, path === '' ? name : `${path}.${name}`, visit);
  }
}

describe('resource catalog', () => {
  it('is sorted by type name and has no duplicates', () => {
    const names = resourceTypes.map((d) => d.type);
    expect(names).toEqual([...names].sort());
    expect(new Set(names).size).toBe(names.length);
  });

  it('has one file per type, named after the type, and no unindexed type files', () => {
    const files = readdirSync(typesDir).filter((f) => f.endsWith('.ts') && !f.startsWith('shared-') && !f.endsWith('.test.ts')).sort();
    expect(files).toEqual(resourceTypes.map((d) => fileNameOf(d.type)).sort());
  });

  it('covers the types the CIS automated controls need', () => {
    for (const type of ['aws.account', 'aws.region', 'aws.cloudtrail.trail', 'aws.s3.bucket', 'aws.iam.user', 'aws.iam.policy', 'aws.iam.role',
      'aws.iam.server-certificate', 'aws.ec2.security-group', 'aws.ec2.network-acl', 'aws.ec2.instance', 'aws.ec2.volume', 'aws.ec2.vpc',
      'aws.logs.log-group', 'aws.cloudwatch.alarm', 'aws.sns.topic', 'aws.kms.key', 'aws.rds.db-instance', 'aws.efs.file-system']) {
      expect(findResourceType(type), type).toBeDefined();
    }
  });

  describe.each(resourceTypes.map((d) => [d.type, d] as const))('%s', (_name, definition) => {
    it('has a valid example', () => {
      expect(validateData(definition, definition.example)).toEqual([]);
    });

    it('describes every field, requires every field and closes every object', () => {
      const problems: string[] = [];
      walkObjects(definition.data, '', (node, path) => {
        if (node.additionalProperties !== false) problems.push(`${path || '<data>'}: object is open`);
        for (const [name, child] of Object.entries(node.properties ?? {})) {
          const field = path === '' ? name : `${path}.${name}`;
          if (((child as Node).description ?? '').trim() === '') problems.push(`${field}: no description`);
          if (!(node.required ?? []).includes(name)) problems.push(`${field}: optional (absence must mean "not collected", so fields are required; use null for "not configured")`);
        }
      });
      expect(problems).toEqual([]);
    });

    it('rejects a misspelt field and a value of the wrong type', () => {
      const [first] = Object.keys(definition.example);
      expect(first).toBeDefined();
      const misspelt: Record<string, unknown> = { ...definition.example, [`${first!}x`]: 1 };
      expect(validateData(definition, misspelt).map((e) => e.keyword)).toContain('additionalProperties');
      const wrong: Record<string, unknown> = { ...definition.example, [first!]: { unexpected: true } };
      expect(validateData(definition, wrong).length).toBeGreaterThan(0);
    });

    it('has a one-line description and id description', () => {
      expect(definition.description).toMatch(/^[A-Z].*\.$/);
      expect(definition.description).not.toContain('\n');
      expect(definition.idDescription.length).toBeGreaterThan(3);
    });
  });
});
