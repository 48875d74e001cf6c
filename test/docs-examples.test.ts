/**
 * Every example the hand-written docs (README.md, docs/ outside the
 * generated pages) show is executed, so a README with invalid YAML or a
 * command that no longer works fails the suite:
 *
 * - ```yaml policies are written as <id>.yaml and go through
 *   `assay policies validate` and `assay policies test` (the real loader,
 *   compiler and their own test cases);
 * - ```yaml configurations are the --config of a demo scan (the real loader
 *   and its checks that named policies exist);
 * - ```yaml workflows must be one of examples/workflows/*.yml verbatim, which
 *   test/action/example-workflows.test.ts validates;
 * - ```sh blocks run command by command, in order, in a fresh directory:
 *   `assay …` in-process with the documented placeholder files stood in for
 *   (`placeholders` below), `./script` as a real process, `npm` commands must
 *   name a script package.json has; commands that need AWS or a whole build
 *   are in `skipped` with the reason (their options must still exist), and a
 *   command that would collect from AWS is never run;
 * - ```ts blocks are excerpts of the repository's code: the first line
 *   `// <path>` names the file, and the rest must appear in it verbatim;
 * - blocks without a language are reproduced (`outputSamples`) or listed in
 *   `notRunnable` with the reason.
 *
 * A block or command that fits none of these fails, so a new example is
 * either run or consciously listed.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { micromark } from 'micromark';
import { gfm, gfmHtml } from 'micromark-extension-gfm';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { configSchema } from '../src/config/schema.js';
import type { Snapshot } from '../src/snapshot/schema.js';
import { GENERATED_FOLDERS } from '../scripts/artifacts.js';
import { runCli } from './support/cli.js';
import { DEMO_SNAPSHOT } from './support/demo-scan.js';
import { fencedBlocks, type FencedBlock } from './support/fenced-blocks.js';

const repo = process.cwd();
const rootBefore = readdirSync(repo).sort();

/** README.md and every Markdown file under docs/ that no generator writes. */
function handWrittenDocs(): string[] {
  const generated = (file: string): boolean => GENERATED_FOLDERS.some((folder) => file.startsWith(`${folder}/`));
  const docs = readdirSync('docs', { recursive: true, encoding: 'utf8' }).map((f) => `docs/${f}`).filter((f) => f.endsWith('.md') && !generated(f));
  return ['README.md', ...docs.sort()];
}

const docs = handWrittenDocs();
const blocks = docs.flatMap((file) => fencedBlocks(file, readFileSync(file, 'utf8')));
const at = (block: FencedBlock, offset = 0): string => `${block.file}:${block.line + offset}`;

// ---------------------------------------------------------------- the tables

/**
 * Commands shown in the docs that this test does not run, each with the
 * reason; keyed by the command as written (comment removed, spaces
 * collapsed). An entry no doc shows any more fails the test.
 */
const skipped = new Map<string, string>([
  ['assay scan --pack assay-foundations', 'live collection needs AWS; test/integration runs a live scan against the moto emulator'],
  ['assay collect --regions us-east-1,eu-west-1 -o snapshot.json.gz', 'live collection needs AWS; test/integration/collect-moto.test.ts runs it against moto'],
  ['assay collect --org --member-role AssayAudit -o org.json.gz', 'an organization needs AWS; test/integration/collect-org-moto.test.ts collects one in moto'],
  ['assay collect --source config --regions us-east-1 -o snap.json.gz', 'AWS Config needs AWS; test/integration/org-fake.test.ts collects through Config from a fake'],
  ['assay collect --types aws.s3.bucket,aws.account -o buckets.json', 'live collection needs AWS; test/integration/live-modules-moto.test.ts collects some types from moto'],
  ['assay scan --org --member-role AssayAudit --pack cis-aws-foundations-7.0.0', 'an organization needs AWS; test/integration/collect-org-moto.test.ts scans one in moto'],
  ['assay collect --org --accounts shards/group-1.txt -o shard-1.json.gz', 'an organization needs AWS; test/integration/collect-org-moto.test.ts collects a shard in moto'],
  ['assay trail verify --trail management-events --start-time 2024-03-01 --end-time 2024-03-01T06:00:00Z', 'reads a trail\'s bucket in AWS; test/trail/trail-verify-cli.test.ts runs the README\'s trail verify commands against a fake S3 and CloudTrail'],
  ['assay trail verify --snapshot examples/demo-account.json --trail acme-org-archive --start-time 2024-03-01 --end-time 2024-03-01T06:00:00Z --output sarif=trail.sarif --output json=trail.json', 'reads a trail\'s bucket in AWS; test/trail/trail-verify-cli.test.ts runs the README\'s trail verify commands against a fake S3 and CloudTrail'],
  ['npm ci', 'installs the locked dependencies from the registry; .ci/run does it on a fresh clone'],
  ['npx tsx scripts/check-html-report.ts --png report.png --pdf report.pdf --keep', 'needs Chromium; test/report/html-chromium.test.ts runs the same checks'],
]);

interface Placeholder {
  readonly standsIn: string;
  readonly make: (path: string) => Promise<void>;
}

const demo = (): Snapshot => JSON.parse(readFileSync(DEMO_SNAPSHOT, 'utf8')) as Snapshot;

/** The demo account restricted to some regions ('global' included where named): a shard of it. */
function shard(regions: readonly string[]): Snapshot {
  const whole = demo();
  const keep = (region: string): boolean => regions.includes(region);
  return {
    ...whole,
    scope: { ...whole.scope, regions: whole.scope.regions.filter(keep) },
    resources: whole.resources.filter((r) => keep(r.region)),
    coverage: whole.coverage.filter((c) => keep(c.region)),
    errors: whole.errors.filter((e) => keep(e.region)),
  };
}

/** The README's own "Writing policies" example: the first policy block of README.md. */
function readmePolicy(): { id: string; text: string } {
  const block = blocks.find((b) => b.file === 'README.md' && kindOf(b) === 'policy');
  if (block === undefined) throw new Error('README.md shows no policy');
  return { id: policyId(block), text: block.text };
}

/**
 * Files and folders the docs name as the user's own, and what stands in for
 * each when their commands run. Every entry must be named by some command.
 */
const placeholders = new Map<string, Placeholder>([
  ['snap.json', { standsIn: 'the demo account', make: (p) => writeFile(p, readFileSync(DEMO_SNAPSHOT)) }],
  ['snap.json.gz', { standsIn: 'the demo account, gzip\'d', make: (p) => writeFile(p, gzipSync(readFileSync(DEMO_SNAPSHOT))) }],
  ['my-snapshot.json.gz', { standsIn: 'the demo account, gzip\'d', make: (p) => writeFile(p, gzipSync(readFileSync(DEMO_SNAPSHOT))) }],
  ['shard-1.json.gz', { standsIn: 'the demo account\'s global and us-east-1 resources', make: (p) => writeFile(p, gzipSync(JSON.stringify(shard(['global', 'us-east-1'])))) }],
  ['shard-2.json.gz', { standsIn: 'the demo account\'s eu-west-1 resources', make: (p) => writeFile(p, gzipSync(JSON.stringify(shard(['eu-west-1'])))) }],
  ['my-policies', {
    standsIn: 'a folder holding the README\'s policy example',
    make: async (p) => {
      const policy = readmePolicy();
      await mkdir(p);
      await writeFile(join(p, `${policy.id}.yaml`), policy.text);
    },
  }],
]);

/** Blocks without a language that show output: each is what running `reproduce` prints. */
const outputSamples: readonly { startsWith: string; reproduce: (dir: string) => Promise<string> }[] = [
  {
    // The README's policy example with the misspelled path the sample shows, saved as the sample's file.
    startsWith: 'my-policies/bucket.yaml:7:16: unknown field "publicAccessBlock.blockPublicAcl"',
    reproduce: async (dir) => {
      const misspelled = readmePolicy().text.replace(/^id: .*$/m, 'id: bucket').replace('path: versioning.status', 'path: publicAccessBlock.blockPublicAcl');
      await mkdir(join(dir, 'my-policies'));
      await writeFile(join(dir, 'my-policies', 'bucket.yaml'), misspelled);
      const run = await runCli(['policies', 'validate', 'my-policies/bucket.yaml'], {}, dir);
      expect(run.code).toBe(2);
      return run.stderr;
    },
  },
];

/** Blocks without a language that are not examples to run, by their first line. */
const notRunnable = new Map<string, string>([
  ['src/cli/           the only code that reads argv/env, writes to the terminal and sets exit codes', 'the source tree\'s layout'],
]);

// ---------------------------------------------------------------- kinds of block

type Kind = 'sh' | 'policy' | 'library' | 'config' | 'workflow' | 'excerpt' | 'output' | 'not runnable' | 'unknown';

const topLevelKeys = (text: string): string[] => [...text.matchAll(/^([A-Za-z][\w-]*):/gm)].map((m) => m[1] ?? '');
const configKeys = new Set(Object.keys(configSchema.properties));
const firstLine = (block: FencedBlock): string => block.text.split('\n')[0] ?? '';

/** By the block's language and, for YAML, its top-level keys (read without parsing, so invalid YAML is still classified). */
function kindOf(block: FencedBlock): Kind {
  if (['sh', 'bash', 'shell'].includes(block.lang)) return 'sh';
  if (block.lang === 'ts') return 'excerpt';
  if (block.lang === 'yaml' || block.lang === 'yml') {
    const keys = topLevelKeys(block.text);
    if (keys.includes('jobs')) return 'workflow';
    if (keys.includes('id') && keys.includes('check')) return 'policy';
    if (keys.length === 1 && keys[0] === 'conditions') return 'library';
    if (keys.length > 0 && keys.every((k) => configKeys.has(k))) return 'config';
    return 'unknown';
  }
  if (block.lang === '') {
    if (outputSamples.some((s) => firstLine(block).startsWith(s.startsWith))) return 'output';
    if (notRunnable.has(firstLine(block))) return 'not runnable';
  }
  return 'unknown';
}

function policyId(block: FencedBlock): string {
  const id = /^id:\s*(\S+)\s*$/m.exec(block.text)?.[1];
  if (id === undefined) throw new Error(`${at(block)}: a policy without an id`);
  return id;
}

// ---------------------------------------------------------------- commands

interface Command {
  /** As written, comment removed and spaces collapsed: the key of `skipped`. */
  readonly text: string;
  readonly line: number;
  readonly words: readonly string[];
}

/** Shell the runner below does not interpret; a doc that needs it must extend this test. */
const UNSUPPORTED = /['"`$|;<>()\\&]/;

function commandsOf(block: FencedBlock): Command[] | string {
  const commands: Command[] = [];
  const lines = block.text.split('\n');
  for (const [index, raw] of lines.entries()) {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '') continue;
    if (UNSUPPORTED.test(line.replaceAll('&&', ''))) return `${at(block, index + 1)}: \`${line}\` uses shell syntax this test does not run; extend test/docs-examples.test.ts`;
    for (const part of line.split('&&')) {
      const words = part.trim().split(/\s+/);
      commands.push({ text: words.join(' '), line: block.line + index + 1, words });
    }
  }
  return commands;
}

const FILE_EXTENSION = /\.(json|gz|sarif|md|sh|txt|html|csv|xml|ya?ml)$/;
const OUTPUT_OPTIONS = new Set(['-o', '--output', '--plan']);

/**
 * Where a file argument is: a path with a folder that exists in the
 * repository (examples/demo-account.json) is read from it; every other file
 * — placeholders and outputs — is in the block's own directory, so nothing is
 * written into the repository.
 */
function filePath(word: string, dir: string): string {
  const name = word.replace(/^\.\//, '');
  if (name.includes('/') && !word.startsWith('./') && existsSync(resolve(repo, name))) return resolve(repo, name);
  return join(dir, name);
}

const isFile = (word: string): boolean => !word.startsWith('-') && (word.startsWith('./') || placeholders.has(word) || FILE_EXTENSION.test(word));

function globIn(word: string, dir: string): string[] {
  const pattern = new RegExp(`^${word.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  return readdirSync(dir).filter((f) => pattern.test(f)).sort().map((f) => join(dir, f));
}

/** The arguments with files in place, and the files the command is asked to write. */
function argumentsIn(words: readonly string[], dir: string): { args: string[]; outputs: string[] } {
  const args: string[] = [];
  const outputs: string[] = [];
  for (const [i, word] of words.entries()) {
    const formatted = /^([a-z]+)=(.+)$/.exec(word);
    let mapped: string[];
    if (word.includes('*')) mapped = globIn(word, dir);
    else if (formatted !== null) mapped = [`${formatted[1] ?? ''}=${filePath(formatted[2] ?? '', dir)}`];
    else mapped = [isFile(word) ? filePath(word, dir) : word];
    args.push(...mapped);
    if (OUTPUT_OPTIONS.has(words[i - 1] ?? '')) outputs.push(...mapped.map((m) => m.replace(/^[a-z]+=/, '')));
  }
  return { args, outputs };
}

/** The options a command's help lists, for commands that are not run. */
async function unknownOptions(words: readonly string[]): Promise<string[]> {
  const firstOption = words.findIndex((w) => w.startsWith('-'));
  const path = words.slice(1, firstOption === -1 ? words.length : firstOption);
  const help = await runCli([...path, '--help']);
  if (help.code !== 0) return [`\`assay ${path.join(' ')} --help\` exited ${help.code}`];
  return words.filter((w) => w.startsWith('--') && !new RegExp(`(^|[\\s,])${w}\\b`, 'm').test(help.stdout)).map((w) => `${w} is not an option of \`assay ${path.join(' ')}\``);
}

/** Whether a command's words name a file, as an argument, `./file` or `format=file`. */
const namesFile = (words: readonly string[], name: string): boolean => words.some((w) => w === name || w === `./${name}` || w.endsWith(`=${name}`));

/** What stood in for the user's files a command names, for its failure message. */
function standIns(words: readonly string[]): string {
  const named = [...placeholders].filter(([name]) => namesFile(words, name));
  return named.length === 0 ? '' : ` (with ${named.map(([name, p]) => `${name} = ${p.standsIn}`).join(', ')})`;
}

const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts;

/** Runs one command in `dir`; returns what is wrong with its outcome. */
async function runCommand(command: Command, dir: string, file: string): Promise<string[]> {
  const where = `${file}:${command.line}: \`${command.text}\``;
  const [program = '', ...rest] = command.words;
  if (skipped.has(command.text)) return program === 'assay' ? (await unknownOptions(command.words)).map((p) => `${where}: ${p}`) : [];
  if (program === 'assay') {
    // Never run what would collect from AWS with whatever credentials the machine has.
    if (rest[0] === 'collect' || rest[0] === 'trail' || (rest[0] === 'scan' && !rest.includes('--snapshot'))) return [`${where}: collects from AWS, which this test never does; list it in \`skipped\` with the reason`];
    const { args, outputs } = argumentsIn(rest, dir);
    const run = await runCli(args, {}, dir);
    // A documented command succeeds; a scan may instead fail its gate on the demo account's failures.
    const gateFailed = rest[0] === 'scan' && run.code === 1 && run.stderr.includes('gate failed');
    if (run.code !== 0 && !gateFailed) return [`${where}: exited ${run.code}${standIns(rest)}\n${run.stderr}`];
    const missing = [];
    for (const output of outputs) if (!existsSync(output)) missing.push(`${where}: wrote no ${relative(dir, output)}`);
    return missing;
  }
  if (program === 'npm') {
    const script = rest[0] === 'run' ? rest[1] : rest[0];
    if ((rest[0] === 'test' || rest[0] === 'run') && script !== undefined && scripts[script] !== undefined) return [];
    return [`${where}: package.json has no script "${script ?? ''}" (or the command is neither run nor listed in \`skipped\`)`];
  }
  if (program.startsWith('./')) {
    // A script an earlier command of the block wrote (a remediation plan): run for real, offline.
    const script = join(dir, program.slice(2));
    const ran = spawnSync(script, argumentsIn(rest, dir).args, { cwd: dir, encoding: 'utf8', env: { PATH: process.env.PATH ?? '' } });
    return ran.status === 0 ? [] : [`${where}: exited ${ran.status ?? ran.signal ?? 'abnormally'}\n${ran.stderr}`];
  }
  return [`${where}: neither run by this test nor listed in \`skipped\` with a reason`];
}

// ---------------------------------------------------------------- the tests

const dirs: string[] = [];
async function freshDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'assay-docs-'));
  dirs.push(dir);
  return dir;
}
afterAll(async () => { await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))); });

describe('fenced blocks of the hand-written docs', () => {
  it.each(docs)('%s: every fenced block is found (as a CommonMark parser finds them)', (file) => {
    const html = micromark(readFileSync(file, 'utf8'), { extensions: [gfm()], htmlExtensions: [gfmHtml()] });
    expect(blocks.filter((b) => b.file === file)).toHaveLength(html.match(/<pre><code/g)?.length ?? 0);
  });

  it('include the kinds this test runs (the extraction works)', () => {
    const kinds = new Set(blocks.map(kindOf));
    for (const kind of ['sh', 'policy', 'library', 'config', 'workflow', 'output'] as const) expect(kinds, kind).toContain(kind);
  });
});

/** What each kind of block must do, and how that is checked. */
const checks: Record<Kind, { readonly what: string; readonly check: (block: FencedBlock) => Promise<void> }> = {
  policy: {
    what: 'a valid policy whose own test cases pass',
    check: async (block) => {
      const dir = await freshDir();
      await writeFile(join(dir, `${policyId(block)}.yaml`), block.text);
      // The condition libraries the same page shows, for the named conditions the policy uses.
      for (const [i, library] of blocks.filter((b) => b.file === block.file && kindOf(b) === 'library').entries()) await writeFile(join(dir, `library-${i}.yaml`), library.text);
      const context = `the policy at ${at(block)} (its line 1 is ${at(block, 1)})`;
      const validated = await runCli(['policies', 'validate', dir], {}, dir);
      expect(validated.code, `${context}:\n${validated.stderr}`).toBe(0);
      const tested = await runCli(['policies', 'test', dir], {}, dir);
      expect(tested.code, `${context}:\n${tested.stdout}${tested.stderr}`).toBe(0);
      // The text means what it shows: YAML that parses into something else would not say this.
      expect(parse(block.text)).toMatchObject({ id: policyId(block) });
    },
  },
  library: {
    what: 'a condition library whose every named condition a policy on the same page uses (the policy check runs them)',
    check: (block) => {
      const names = Object.keys((parse(block.text) as { conditions: Record<string, unknown> }).conditions);
      const policies = blocks.filter((b) => b.file === block.file && kindOf(b) === 'policy').map((b) => b.text);
      for (const name of names) expect(policies.some((p) => new RegExp(`use: ${name}\\b`).test(p)), `${at(block)}: no policy on the page uses ${name}`).toBe(true);
      return Promise.resolve();
    },
  },
  config: {
    what: 'a configuration a scan accepts',
    check: async (block) => {
      const dir = await freshDir();
      const config = join(dir, 'assay.config.yaml');
      await writeFile(config, block.text);
      const run = await runCli(['scan', '--snapshot', resolve(DEMO_SNAPSHOT), '--config', config, '--format', 'json', '--fail-on', 'none'], {}, dir);
      expect(run.code, `the configuration at ${at(block)} (its line 1 is ${at(block, 1)}):\n${run.stderr}`).toBe(0);
    },
  },
  workflow: {
    what: 'one of examples/workflows/ as it is there (test/action/example-workflows.test.ts validates those)',
    check: (block) => {
      const workflows = readdirSync('examples/workflows').filter((f) => f.endsWith('.yml')).map((f) => readFileSync(join('examples/workflows', f), 'utf8'));
      expect(workflows).toContain(block.text);
      return Promise.resolve();
    },
  },
  excerpt: {
    what: 'code as it is in the file its first line names',
    check: (block) => {
      const [first = '', ...rest] = block.text.split('\n');
      const path = /^\/\/ (\S+)$/.exec(first)?.[1];
      expect(path, `${at(block)}: a ts block starts with \`// <path of the file it is from>\``).toBeDefined();
      const source = join(repo, path ?? '');
      expect(existsSync(source), `${at(block)}: ${path ?? ''} does not exist`).toBe(true);
      expect(readFileSync(source, 'utf8'), `${at(block)}: not (any more) in ${path ?? ''} as shown`).toContain(rest.join('\n').trimEnd());
      return Promise.resolve();
    },
  },
  output: {
    what: 'what the command it shows prints',
    check: async (block) => {
      const sample = outputSamples.find((s) => firstLine(block).startsWith(s.startsWith));
      expect(await sample?.reproduce(await freshDir())).toContain(block.text.trimEnd());
    },
  },
  sh: {
    what: 'commands that run, or are listed with the reason they are not run',
    check: async (block) => {
      const commands = commandsOf(block);
      if (typeof commands === 'string') throw new Error(commands);
      expect(commands.length).toBeGreaterThan(0);
      const dir = await freshDir();
      for (const [name, placeholder] of placeholders) await placeholder.make(join(dir, name));
      const problems: string[] = [];
      for (const command of commands) problems.push(...await runCommand(command, dir, block.file));
      expect(problems).toEqual([]);
    },
  },
  'not runnable': {
    what: 'not an example to run (listed with the reason)',
    check: (block) => {
      expect(notRunnable.get(firstLine(block))).toMatch(/\w/);
      return Promise.resolve();
    },
  },
  unknown: {
    what: 'a block this test does not recognize',
    check: (block) => {
      throw new Error(`${at(block)}: a \`${block.lang}\` block this test does not recognize; run it here or list it with a reason`);
    },
  },
};

describe('each fenced block of the hand-written docs', () => {
  it.each(blocks.map((b) => [`${at(b)}: ${checks[kindOf(b)].what}`, b] as const))('%s', async (_name, block) => {
    await checks[kindOf(block)].check(block);
  });
});

describe('the tables of this test', () => {
  const shown = (): Command[] => blocks.filter((b) => kindOf(b) === 'sh').flatMap((b) => {
    const commands = commandsOf(b);
    return typeof commands === 'string' ? [] : commands;
  });

  it('skip only commands the docs show', () => {
    expect([...skipped.keys()].filter((c) => !shown().some((s) => s.text === c))).toEqual([]);
  });

  it('stand in only for files the docs name', () => {
    expect([...placeholders.keys()].filter((name) => !shown().some((c) => namesFile(c.words, name)))).toEqual([]);
  });

  it('list only blocks the docs have', () => {
    expect([...notRunnable.keys()].filter((first) => !blocks.some((b) => firstLine(b) === first))).toEqual([]);
    expect(outputSamples.filter((s) => !blocks.some((b) => firstLine(b).startsWith(s.startsWith))).map((s) => s.startsWith)).toEqual([]);
  });

  it('the option check catches an option a command does not have', async () => {
    expect(await unknownOptions(['assay', 'collect', '--org', '--no-such-option'])).toEqual(['--no-such-option is not an option of `assay collect`']);
  });

  it('write nothing into the repository', () => {
    // The example blocks have all run by now (this describe comes last); their files went to temporary directories.
    const named = new Set(shown().flatMap((c) => c.words).filter(isFile).map((w) => w.replace(/^[a-z]+=/, '').replace(/^\.\//, '')));
    expect(readdirSync(repo).filter((f) => named.has(f) && !rootBefore.includes(f))).toEqual([]);
  });
});
