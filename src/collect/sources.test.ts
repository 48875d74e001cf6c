import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectorEntries, loadCollectors } from './aws/index.js';
import { resourceTypeNames } from '../resources/catalog.js';
import { configMappers } from './config/mappers/index.js';
import { collectorsFor } from './sources.js';

const collectors = await loadCollectors();

describe('collection sources', () => {
  it('each source collects every catalog type exactly once', async () => {
    const all = collectors.map((c) => c.type).sort();
    expect((await collectorsFor('api')).map((c) => c.type).sort()).toEqual(all);
    expect((await collectorsFor('config')).map((c) => c.type).sort()).toEqual(all);
  });

  it('loads only the collectors of the types asked for, from either source', async () => {
    const asked = new Set(['aws.s3.bucket', 'aws.iam.user', 'aws.ec2.subnet']);
    expect((await collectorsFor('api', asked)).map((c) => c.type).sort()).toEqual(['aws.ec2.subnet', 'aws.iam.user', 'aws.s3.bucket']);
    expect((await collectorsFor('config', asked)).map((c) => c.type).sort()).toEqual(['aws.ec2.subnet', 'aws.iam.user', 'aws.s3.bucket']);
    expect(await collectorsFor('api', new Set())).toEqual([]);
  });

  it('index each collector under the type it produces, once, for every catalog type', async () => {
    const loaded = await Promise.all(collectorEntries.map(async (e) => [e.type, (await e.load()).type]));
    expect(loaded.filter(([indexed, produced]) => indexed !== produced)).toEqual([]);
    expect(collectorEntries.map((e) => e.type)).toEqual([...new Set(collectorEntries.map((e) => e.type))].sort());
    expect(collectorEntries.map((e) => e.type)).toEqual(resourceTypeNames().sort());
  });

  it('maps each Config type once, onto a type an API collector also produces', () => {
    const types = configMappers.map((m) => m.catalogType);
    expect(new Set(types).size).toBe(types.length);
    for (const type of types) expect(collectors.map((c) => c.type)).toContain(type);
    expect(new Set(configMappers.map((m) => m.configType)).size).toBe(configMappers.length);
  });

  it('docs/config-source.md says which types come from Config and which from the APIs', () => {
    const doc = readFileSync('docs/config-source.md', 'utf8');
    const section = (heading: string): string => doc.split(`## ${heading}`)[1]?.split('\n## ')[0] ?? '';
    const fromConfig = section('Read from AWS Config');
    const fromApis = section('Read from the service APIs');
    for (const mapper of configMappers) expect(fromConfig, mapper.catalogType).toContain(`\`${mapper.catalogType}\` ← \`${mapper.configType}\``);
    const mapped = new Set(configMappers.map((m) => m.catalogType));
    for (const collector of collectors.filter((c) => !mapped.has(c.type))) {
      expect(fromApis, collector.type).toContain(`\`${collector.type}\``);
      expect(fromConfig, collector.type).not.toContain(`\`${collector.type}\``);
    }
  });
});
