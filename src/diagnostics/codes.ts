/**
 * The closed set of error codes. Each code has one long explanation so the
 * CLI, docs and tests speak about a problem the same way. Codes are an API:
 * never reuse or rename one (STYLE.md: ids are forever).
 */
export const diagnosticCodes = {
  FILE_NOT_FOUND: 'The named file does not exist or is not a regular file.',
  FILE_UNREADABLE: 'The file exists but could not be read (permissions, a directory, an I/O error).',
  FILE_WRITE_FAILED: 'An output file could not be written. Nothing partial is left behind: outputs are written to a temporary file and renamed.',
  GZIP_CORRUPT: 'The file starts like gzip but could not be decompressed: it is truncated or corrupt. Re-create it or copy it again.',
  INPUT_LIMIT: 'The input exceeds a safety limit Assay keeps for untrusted files: nesting too deep, one value too large, or a compressed file that inflates beyond the size limit (a gzip bomb). Size limits can be raised with --max-input-size when the file is genuine.',
  JSON_SYNTAX: 'The file is not valid JSON. The location points at the first character that could not be parsed.',
  SNAPSHOT_VERSION: 'The snapshot was written by a format version this Assay does not read. Upgrade Assay or re-collect the snapshot.',
  SNAPSHOT_SCHEMA: 'A value in the snapshot does not have the shape the snapshot schema (schemas/snapshot.schema.json) requires.',
  SNAPSHOT_UNKNOWN_TYPE: 'A resource in the snapshot has a type that is not in the resource catalog (`assay types` lists the catalog).',
  SNAPSHOT_DUPLICATE_RESOURCE: 'Two resources in the snapshot have the same type, account, region and id. Each resource must appear once.',
  SNAPSHOT_MERGE_CONFLICT: 'Snapshots being merged overlap or disagree: the same type was collected for the same account and region in two of them (a shard collected twice, or global types in two region shards), or they are from different partitions.',
  SNAPSHOT_INCONSISTENT: 'The snapshot contradicts itself, for example a resource in an account or region outside the snapshot scope, or a collection error that names a field the resource type does not have.',
  YAML_SYNTAX: 'The file is not valid YAML (or uses a feature Assay refuses in untrusted files, such as custom tags or duplicate keys).',
  POLICY_SCHEMA: 'A policy file does not have the shape of a policy (schemas/policy.schema.json): a missing or unknown field, or a value of the wrong type.',
  POLICY_CONDITION: 'A condition in a policy is not valid: an unknown operator, a path that does not exist on the resource type, a bad regular expression, an operand of the wrong type.',
  POLICY_FUNCTION: 'A policy calls a built-in function that does not exist, or passes it options that do not fit its option schema.',
  POLICY_PARAMETER: 'A policy refers to a parameter it does not declare, or a pack or config sets a parameter to a value of the wrong type.',
  POLICY_NAMED_CONDITION: 'A policy uses a named condition wrongly: a name no condition library defines, a condition written for another resource type, an argument missing, unknown or of the wrong type, or named conditions that use each other in a cycle. Condition libraries (files with a top-level `conditions:` map, schemas/conditions.schema.json) define them.',
  POLICY_MESSAGE: 'A message template uses a placeholder that does not exist.',
  POLICY_DUPLICATE_ID: 'Two policies have the same id. Ids are global and forever: rename one.',
  POLICY_ID_MISMATCH: 'A policy id must equal its file name (without .yaml).',
  POLICY_TEST: 'A policy test case is malformed, or its resource does not fit the resource type schema.',
  POLICY_TEST_FAILED: 'A policy test case did not produce the expected result.',
  EVENT_PATTERN: 'An EventBridge event pattern (a rule\'s EventPattern) is not one EventBridge accepts: not JSON, a field whose value is not a list, an empty pattern or list, an unknown or malformed operator (prefix, suffix, anything-but, numeric, exists, wildcard, equals-ignore-case, cidr, $or), a bad numeric range, or nesting too deep. The message names the place in the pattern.',
  UNKNOWN_POLICY: 'A policy id named on the command line or in a pack does not exist.',
  PACK_SCHEMA: 'A pack file does not have the shape of a pack (schemas/pack.schema.json).',
  FINDINGS_VERSION: 'The findings document was written by a format version this Assay does not read. Upgrade Assay, or scan again to write a current one.',
  FINDINGS_SCHEMA: 'A file given as a findings document (assay scan --format json) is not one: a value does not have the shape schemas/findings.schema.json requires, or two findings share a fingerprint.',
  CONFIG_SCHEMA: 'The configuration file (assay.config.yaml) is not valid: a field of the wrong shape (schemas/config.schema.json), a waiver without a real expiry date, or a pack or policy that does not exist.',
  PACK_REFERENCE: 'A pack control names a policy that does not exist, or a control is neither automated (policies) nor manual (guidance).',
  UNKNOWN_PACK: 'A pack id named on the command line does not exist.',
  UNKNOWN_RESOURCE_TYPE: 'A resource type name given on the command line or in a file is not in the resource catalog.',
  CLI_USAGE: 'The command line is not valid: an unknown command or option, or a missing argument. `assay --help` shows the usage.',
  READ_ONLY_VIOLATION: 'A collector tried to send an AWS operation that is not on the read-only allowlist. Assay never changes an account; this is a bug.',
  AWS_CREDENTIALS: 'No usable AWS credentials were found, or assuming the role failed. Assay uses the standard SDK chain: environment, shared config and SSO profiles, web identity, container and instance roles.',
  AWS_UNREACHABLE: 'No AWS endpoint answered: the connection was refused, the host name did not resolve, or the connection timed out. This is a network problem, not a credentials one: check the network (proxy, firewall, DNS), the region, and AWS_ENDPOINT_URL if it is set.',
  COLLECT_FAILED: 'Collection could not start or was interrupted (for example by Ctrl-C); no snapshot was written.',
  UNKNOWN_TRAIL: 'A trail named with --trail (or taken from --snapshot) does not exist where Assay looked for it, or has no S3 bucket to verify: DescribeTrails in the region does not list it. Name it by ARN to look in its home region, or check --regions.',
  INTERNAL: 'An unexpected internal error. Re-run with --debug for the stack trace and report it.',
} as const;

export type DiagnosticCode = keyof typeof diagnosticCodes;

export function explainCode(code: DiagnosticCode): string {
  return diagnosticCodes[code];
}
