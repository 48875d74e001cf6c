/**
 * Hostile inputs for the remediation script tests: resource ids full of shell
 * syntax, a snapshot carrying them through the real scan, a stub `aws` that
 * records its argv, and a way to run a generated script in a sandbox.
 */
import { spawn } from 'node:child_process';
import { chmod, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Ids that break any script that pastes them unquoted; `pwned` is the file they try to create. */
export function hostileIds(pwned: string): string[] {
  return [
    `it's "quoted" $(touch ${pwned}) \`touch ${pwned}\` ; touch ${pwned} && echo x || true`,
    `multi\nline'\n$(touch ${pwned})\n'; touch ${pwned}; '`,
    'bücket 名前 🚀  two  spaces\ttab * ? [a] ~ glob',
    `--yes $HOME \${PATH} \\ back\\slash '\\'' "\\"" > ${pwned} | tee ${pwned}`,
    `esc\u001b[31mred\rcarriage\u202eevil\u0085nel }; exit 0; {`,
  ];
}

interface SnapshotResource { type: string; id: string; data: Record<string, unknown>; [key: string]: unknown }
interface Snapshot { resources: SnapshotResource[]; coverage: { type: string }[]; errors: unknown[]; [key: string]: unknown }

/**
 * The demo snapshot's scope with S3 buckets and IAM users only: per hostile
 * id, one bucket without encryption, versioning or public access block, and
 * one console user without MFA (a copy of the demo's bob).
 */
export async function writeHostileSnapshot(file: string, ids: readonly string[]): Promise<void> {
  const demo = JSON.parse(await readFile('examples/demo-account.json', 'utf8')) as Snapshot;
  const template = (type: string, id: string): SnapshotResource => {
    const found = demo.resources.find((r) => r.type === type && r.id === id);
    if (found === undefined) throw new Error(`demo snapshot has no ${type} ${id}`);
    return structuredClone(found);
  };
  const resources = ids.flatMap((id, i) => {
    const bucket = template('aws.s3.bucket', 'acme-eu-data-lake-123456789012');
    const user = template('aws.iam.user', 'bob');
    return [
      { ...bucket, id, arn: `arn:aws:s3:::${id}`, tags: { note: id }, data: { ...bucket.data, name: id, encryption: null, publicAccessBlock: null, versioning: { status: 'Suspended', mfaDelete: 'Disabled' } } },
      { ...user, id, arn: `arn:aws:iam::123456789012:user/${id}`, tags: { note: id }, data: { ...user.data, userName: id, userId: `AIDAHOSTILE${String(i).padStart(9, '0')}` } },
    ];
  });
  const types = new Set(['aws.s3.bucket', 'aws.iam.user']);
  await writeFile(file, JSON.stringify({ ...demo, resources, coverage: demo.coverage.filter((c) => types.has(c.type)), errors: [] }));
}

/** A stub `aws` that appends its argc and argv, NUL-terminated, to $AWS_STUB_LOG and prints nothing. */
export async function writeStubAws(binDir: string): Promise<void> {
  const file = join(binDir, 'aws');
  await writeFile(file, `#!/usr/bin/env bash\n{ printf '%s\\0' "$#"; printf '%s\\0' "$@"; } >> "$AWS_STUB_LOG"\n`);
  await chmod(file, 0o755);
}

/** The calls the stub recorded, each as its argv (without the program name). */
export async function readCalls(log: string): Promise<string[][]> {
  let text: string;
  try {
    text = await readFile(log, 'utf8');
  } catch {
    return [];
  }
  const fields = text.split('\0').slice(0, -1);
  const calls: string[][] = [];
  for (let i = 0; i < fields.length;) {
    const count = Number(fields[i]);
    calls.push(fields.slice(i + 1, i + 1 + count));
    i += 1 + count;
  }
  return calls;
}

export interface BashRun { code: number | null; stdout: string; stderr: string }

/**
 * Runs bash in a new session (no controlling terminal, so the script's
 * question reads stdin, not the developer's terminal) with only the given
 * environment.
 */
export function runBash(args: readonly string[], options: { cwd: string; env: Record<string, string>; input?: string }): Promise<BashRun> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', args, { cwd: options.cwd, env: options.env, detached: true, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d: string) => { stderr += d; });
    // A hang guard (a script waiting for input it never gets), far above a slow run on a loaded machine.
    const timer = setTimeout(() => child.kill('SIGKILL'), 5 * 60_000);
    child.on('error', reject);
    child.on('close', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    // A script that exits without reading stdin closes the pipe; that is not an error here.
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}
