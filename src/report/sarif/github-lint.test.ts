/**
 * The GitHub lint must be able to fail: a valid document passes, and each
 * deliberately broken copy is reported with the problem GitHub would have.
 */
import { describe, expect, it } from 'vitest';
import { lintSarifForGithub } from '../../../test/support/sarif-github-lint.js';

/** The parts of a SARIF document the cases below break; optional where a case deletes them. */
interface Rule {
  id: string;
  name: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help?: { text: string; markdown: string };
  helpUri: string;
  defaultConfiguration: { level: string };
  properties: { tags: string[]; precision: string; 'security-severity': string | number };
}
interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text?: string };
  locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[];
  partialFingerprints?: { primaryLocationLineHash: string };
}
interface Run {
  tool: { driver: { name: string; rules: Rule[] } };
  automationDetails?: { id: string };
  results: Result[];
}
interface Doc {
  $schema: string;
  version: string;
  runs: Run[];
}

function valid(): Doc {
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'Assay', rules: [{
        id: 'r1',
        name: 'r1',
        shortDescription: { text: 'Short' },
        fullDescription: { text: 'Full' },
        help: { text: 'Help', markdown: '**Help**' },
        helpUri: 'https://docs.example/r1',
        defaultConfiguration: { level: 'error' },
        properties: { tags: ['security', 'aws.s3.bucket'], precision: 'high', 'security-severity': '8.0' },
      }] } },
      automationDetails: { id: 'assay/123456789012/' },
      results: [{
        ruleId: 'r1',
        ruleIndex: 0,
        level: 'error',
        message: { text: 'Bucket is public.' },
        locations: [{ physicalLocation: { artifactLocation: { uri: 'aws/123456789012/us-east-1/s3/bucket/app' }, region: { startLine: 1 } } }],
        partialFingerprints: { primaryLocationLineHash: 'abc:1' },
      }],
    }],
  };
}

function broken(change: (doc: Doc) => void): string[] {
  const doc = valid();
  change(doc);
  return lintSarifForGithub(doc);
}

const run = (doc: Doc): Run => doc.runs[0]!;
const rule = (doc: Doc): Rule => run(doc).tool.driver.rules[0]!;
const result = (doc: Doc): Result => run(doc).results[0]!;
const physical = (doc: Doc): Result['locations'][number]['physicalLocation'] => result(doc).locations[0]!.physicalLocation;
const uri = (value: string) => (doc: Doc): void => { physical(doc).artifactLocation.uri = value; };

describe('GitHub SARIF lint', () => {
  it('passes a valid document', () => {
    expect(lintSarifForGithub(valid())).toEqual([]);
  });

  it.each<[string, (doc: Doc) => void, string]>([
    ['wrong version', (d) => { d.version = '2.0.0'; }, 'version'],
    ['no runs', (d) => { d.runs = []; }, 'at least one run'],
    ['a result whose rule is missing', (d) => { result(d).ruleId = 'r2'; }, 'is not a rule of the run'],
    ['a ruleIndex pointing elsewhere', (d) => { result(d).ruleIndex = 3; }, 'ruleIndex'],
    ['two locations', (d) => { result(d).locations.push(result(d).locations[0]!); }, '2 locations, expected exactly 1'],
    ['no location', (d) => { result(d).locations = []; }, '0 locations'],
    ['an ARN as uri', uri('arn:aws:s3:::x'), 'has a URI scheme'],
    ['a file: uri', uri('file:///tmp/x'), 'has a URI scheme'],
    ['an absolute path', uri('/aws/x'), 'is absolute'],
    ['a raw space in the uri', uri('aws/a b'), 'not a well-formed relative path'],
    ['a bad percent escape', uri('aws/%zz'), 'not a well-formed relative path'],
    ['a dot segment', uri('aws/../x'), 'dot segment'],
    ['startLine 0', (d) => { physical(d).region = { startLine: 0 }; }, 'startLine'],
    ['no region', (d) => { delete physical(d).region; }, 'startLine'],
    ['eleven tags', (d) => { rule(d).properties.tags = ['security', ...Array.from({ length: 10 }, (_, i) => `t${i}`)]; }, '11 tags'],
    ['duplicate tags', (d) => { rule(d).properties.tags = ['security', 'security']; }, 'duplicates'],
    ['a word for security-severity', (d) => { rule(d).properties['security-severity'] = 'high'; }, 'security-severity'],
    ['security-severity above 10', (d) => { rule(d).properties['security-severity'] = '11'; }, 'security-severity'],
    ['a numeric security-severity', (d) => { rule(d).properties['security-severity'] = 8; }, 'security-severity'],
    ['security-severity without the security tag', (d) => { rule(d).properties.tags = ['aws']; }, 'needs the "security" tag'],
    ['an unknown precision', (d) => { rule(d).properties.precision = 'certain'; }, 'precision'],
    ['no fingerprint', (d) => { delete result(d).partialFingerprints; }, 'primaryLocationLineHash'],
    ['a 1025-character short description', (d) => { rule(d).shortDescription.text = 'x'.repeat(1025); }, '1025 characters'],
    ['an empty full description', (d) => { rule(d).fullDescription.text = ''; }, 'fullDescription.text: required'],
    ['no help', (d) => { delete rule(d).help; }, 'help.text'],
    ['a long rule name', (d) => { rule(d).name = 'n'.repeat(256); }, '255'],
    ['a bad default level', (d) => { rule(d).defaultConfiguration.level = 'fatal'; }, 'defaultConfiguration.level'],
    ['a relative helpUri', (d) => { rule(d).helpUri = 'docs/r1'; }, 'helpUri'],
    ['no message', (d) => { result(d).message = {}; }, 'message.text'],
    ['no automation id', (d) => { delete run(d).automationDetails; }, 'automationDetails.id: required'],
    ['two runs in one category', (d) => { d.runs.push({ ...structuredClone(run(d)), automationDetails: { id: 'assay/123456789012/other-run-id' } }); }, 'already used by runs[0]'],
    ['duplicate rule ids', (d) => { run(d).tool.driver.rules.push(structuredClone(rule(d))); }, 'duplicate rule ids'],
    ['two results with one fingerprint', (d) => { run(d).results.push(structuredClone(result(d))); }, 'same rule and fingerprint'],
  ])('reports %s', (_name, change, problem) => {
    const problems = broken(change);
    expect(problems.some((p) => p.includes(problem)), problems.join('\n')).toBe(true);
  });

  it('reports more results, rules and runs than GitHub accepts', () => {
    const many = broken((d) => {
      const one = result(d);
      run(d).results = Array.from({ length: 25_001 }, (_, i) => ({ ...one, partialFingerprints: { primaryLocationLineHash: `${i}:1` } }));
    });
    expect(many).toEqual(['runs[0].results: 25001 results, GitHub accepts 25000']);
    const runs = broken((d) => {
      d.runs = Array.from({ length: 21 }, (_, i) => ({ ...structuredClone(run(d)), automationDetails: { id: `assay/${i}/` } }));
    });
    expect(runs).toEqual(['runs: 21 runs, GitHub accepts 20']);
  });
});
