/**
 * Who may import whom (STYLE.md, "Folders and who may import whom"), as data:
 * every folder of src/ sits in exactly one layer, and each layer lists the
 * layers it may import — an allow-list, so a new edge is a decision made
 * here, not an accident. A pure layer does no I/O, calls no AWS, reads no
 * clock, and cannot reach a module that does through any chain of imports
 * (checked by layering.test.ts). Listed from the bottom up.
 */

export interface Layer {
  readonly name: string;
  readonly folders: readonly string[];
  readonly pure: boolean;
  /** Layers this one may import directly (its own is always allowed). */
  readonly mayImport: readonly string[];
  readonly holds: string;
}

export const layers: readonly Layer[] = [
  { name: 'text', folders: ['text'], pure: true, mayImport: [], holds: 'escaping untrusted text for each destination; every layer may use it' },
  { name: 'diagnostics', folders: ['diagnostics'], pure: true, mayImport: ['text'], holds: 'the error type, its codes, source locations, the printer' },
  { name: 'resources', folders: ['resources'], pure: true, mayImport: ['diagnostics', 'text'], holds: 'the resource-type catalog' },
  { name: 'snapshot', folders: ['snapshot'], pure: false, mayImport: ['resources', 'diagnostics', 'text'], holds: 'the snapshot format, its validation and digest, and the files that hold it' },
  // Below policy and config: policies state severities and expected statuses, configs gate thresholds.
  { name: 'findings', folders: ['findings'], pure: true, mayImport: ['snapshot', 'resources', 'diagnostics', 'text'], holds: 'the findings document: schema, vocabulary, roll-up, reading, comparison, baseline, gate' },
  { name: 'policy', folders: ['policy'], pure: true, mayImport: ['findings', 'resources', 'diagnostics', 'text'], holds: 'policy loading, validation and compilation' },
  { name: 'pack', folders: ['pack'], pure: true, mayImport: ['policy', 'findings', 'resources', 'diagnostics', 'text'], holds: 'packs and control → policy selection' },
  { name: 'config', folders: ['config'], pure: true, mayImport: ['policy', 'findings', 'resources', 'diagnostics', 'text'], holds: 'assay.config.yaml: schema and parsing' },
  // Trail verification's core checks digest chains over a store interface; the AWS store is collect's (it imports the interface).
  { name: 'trail', folders: ['trail'], pure: true, mayImport: ['findings', 'diagnostics', 'text'], holds: 'CloudTrail log file integrity: digest parsing, signatures, chains, coverage, findings' },
  { name: 'collect', folders: ['collect'], pure: false, mayImport: ['trail', 'snapshot', 'resources', 'diagnostics', 'text'], holds: 'the sources: AWS APIs, AWS Config, files; the bucket and keys trail verification reads' },
  { name: 'engine', folders: ['engine'], pure: true, mayImport: ['pack', 'policy', 'findings', 'snapshot', 'resources', 'diagnostics', 'text'], holds: 'evaluate(snapshot, policies) → findings document; waivers; policy tests' },
  // Reports and plans read a findings document, saved or fresh: never the engine that made it.
  { name: 'report', folders: ['report'], pure: true, mayImport: ['findings', 'diagnostics', 'text'], holds: 'one formatter per file' },
  { name: 'remediate', folders: ['remediate'], pure: true, mayImport: ['findings', 'resources', 'diagnostics', 'text'], holds: 'plans from failed findings' },
  { name: 'docs', folders: ['docs'], pure: true, mayImport: ['pack', 'policy', 'findings', 'diagnostics', 'text'], holds: 'generated pages from policy and pack documents' },
  // The action runs the CLI in-process and the CLI starts the action: one shell.
  {
    name: 'shell', folders: ['cli', 'action'], pure: false,
    mayImport: ['docs', 'remediate', 'report', 'engine', 'trail', 'collect', 'config', 'pack', 'policy', 'findings', 'snapshot', 'resources', 'diagnostics', 'text'],
    holds: 'argv, env, stdout, files, exit codes; the GitHub Action entry',
  },
];
