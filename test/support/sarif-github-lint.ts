/**
 * GitHub code scanning's own rules for an uploaded SARIF file, beyond the
 * OASIS schema: the limits it rejects files for, the fields it needs to show
 * an alert, and the shapes it tracks alerts by. Returns every problem found,
 * each as "<where>: <what>", so a test can show them all at once.
 *
 * Sources: GitHub docs "SARIF support for code scanning" (required
 * properties, 1024-character descriptions, 255-character names,
 * security-severity buckets, precision values, category = automation id up
 * to the last '/') and "SARIF results exceed limits" (20 runs per file,
 * 25,000 results and rules per run, tags shown up to 10).
 */

export interface GithubLimits {
  readonly maxRuns: number;
  readonly maxResultsPerRun: number;
  readonly maxRulesPerRun: number;
  readonly maxTags: number;
}

export const githubSarifLimits: GithubLimits = { maxRuns: 20, maxResultsPerRun: 25_000, maxRulesPerRun: 25_000, maxTags: 10 };

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const asObject = (v: unknown): Json => (isObject(v) ? v : {});
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? (v as unknown[]) : []);
const nonEmptyString = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
/** A value as it appears in a problem message. */
const show = (v: unknown): string => (typeof v === 'string' ? v : v === undefined ? 'undefined' : JSON.stringify(v));
const LEVELS = new Set(['none', 'note', 'warning', 'error']);
const PRECISIONS = new Set(['very-high', 'high', 'medium', 'low']);
/** A URI scheme at the start (RFC 3986 §3.1): GitHub would not treat the path as relative to the repository. */
const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
/** Characters allowed in a relative-path reference, with well-formed percent escapes. */
const RELATIVE_PATH = /^(?:[A-Za-z0-9\-._~!$&'()*+,;=@/]|%[0-9A-Fa-f]{2})+$/;

function lintText(where: string, value: unknown, max: number, problems: string[]): void {
  const text = asObject(value).text;
  if (!nonEmptyString(text)) problems.push(`${where}.text: required and non-empty`);
  else if (text.length > max) problems.push(`${where}.text: ${text.length} characters, GitHub allows ${max}`);
}

function lintRule(where: string, rule: Json, limits: GithubLimits, problems: string[]): void {
  if (!nonEmptyString(rule.id)) problems.push(`${where}.id: required`);
  if (rule.name !== undefined && (typeof rule.name !== 'string' || rule.name.length > 255)) problems.push(`${where}.name: at most 255 characters`);
  lintText(`${where}.shortDescription`, rule.shortDescription, 1024, problems);
  lintText(`${where}.fullDescription`, rule.fullDescription, 1024, problems);
  if (!nonEmptyString(asObject(rule.help).text)) problems.push(`${where}.help.text: required and non-empty`);
  const markdown = asObject(rule.help).markdown;
  if (markdown !== undefined && !nonEmptyString(markdown)) problems.push(`${where}.help.markdown: empty`);
  if (rule.helpUri !== undefined && (typeof rule.helpUri !== 'string' || !/^https?:\/\/\S+$/.test(rule.helpUri))) problems.push(`${where}.helpUri: not an absolute http(s) URL`);
  const level = asObject(rule.defaultConfiguration).level;
  if (level !== undefined && (typeof level !== 'string' || !['note', 'warning', 'error'].includes(level))) problems.push(`${where}.defaultConfiguration.level: ${show(level)} is not note, warning or error`);
  const properties = asObject(rule.properties);
  const tags = properties.tags;
  if (tags !== undefined) {
    const list = asArray(tags);
    if (!Array.isArray(tags) || list.some((t) => !nonEmptyString(t))) problems.push(`${where}.properties.tags: must be non-empty strings`);
    if (list.length > limits.maxTags) problems.push(`${where}.properties.tags: ${list.length} tags, GitHub shows ${limits.maxTags}`);
    if (new Set(list).size !== list.length) problems.push(`${where}.properties.tags: duplicates`);
  }
  const severity = properties['security-severity'];
  if (severity !== undefined) {
    const score = typeof severity === 'string' && /^\d+(\.\d+)?$/.test(severity) ? Number(severity) : Number.NaN;
    if (!(score >= 0 && score <= 10)) problems.push(`${where}.properties.security-severity: ${show(severity)} is not a number string in [0, 10]`);
    if (!asArray(tags).includes('security')) problems.push(`${where}.properties.tags: a rule with security-severity needs the "security" tag`);
  }
  const precision = properties.precision;
  if (precision !== undefined && (typeof precision !== 'string' || !PRECISIONS.has(precision))) problems.push(`${where}.properties.precision: ${show(precision)} is not very-high, high, medium or low`);
}

function lintLocation(where: string, location: Json, problems: string[]): void {
  const physical = asObject(location.physicalLocation);
  const uri = asObject(physical.artifactLocation).uri;
  if (!nonEmptyString(uri)) {
    problems.push(`${where}.physicalLocation.artifactLocation.uri: required`);
  } else {
    if (SCHEME.test(uri)) problems.push(`${where}.physicalLocation.artifactLocation.uri: "${uri}" has a URI scheme; it must be a path relative to the repository`);
    if (uri.startsWith('/')) problems.push(`${where}.physicalLocation.artifactLocation.uri: "${uri}" is absolute`);
    if (!RELATIVE_PATH.test(uri)) problems.push(`${where}.physicalLocation.artifactLocation.uri: "${uri}" is not a well-formed relative path (unescaped or invalid characters)`);
    if (uri.split('/').some((s) => s === '' || s === '.' || s === '..')) problems.push(`${where}.physicalLocation.artifactLocation.uri: "${uri}" has an empty or dot segment, which URI resolution rewrites`);
  }
  const startLine = asObject(physical.region).startLine;
  if (typeof startLine !== 'number' || !Number.isInteger(startLine) || startLine < 1) problems.push(`${where}.physicalLocation.region.startLine: must be an integer >= 1`);
}

function lintResult(where: string, result: Json, ruleIds: readonly string[], problems: string[]): string | undefined {
  const ruleId = result.ruleId;
  if (!nonEmptyString(ruleId)) problems.push(`${where}.ruleId: required`);
  else if (!ruleIds.includes(ruleId)) problems.push(`${where}.ruleId: "${ruleId}" is not a rule of the run`);
  if (result.ruleIndex !== undefined && ruleIds[result.ruleIndex as number] !== ruleId) problems.push(`${where}.ruleIndex: does not point at rule ${show(ruleId)}`);
  if (result.level !== undefined && (typeof result.level !== 'string' || !LEVELS.has(result.level))) problems.push(`${where}.level: ${show(result.level)} is not a SARIF level`);
  if (!nonEmptyString(asObject(result.message).text)) problems.push(`${where}.message.text: required and non-empty`);
  const locations = asArray(result.locations);
  if (locations.length !== 1) problems.push(`${where}.locations: ${locations.length} locations, expected exactly 1`);
  locations.forEach((l, i) => lintLocation(`${where}.locations[${i}]`, asObject(l), problems));
  const hash = asObject(result.partialFingerprints).primaryLocationLineHash;
  if (!nonEmptyString(hash)) {
    problems.push(`${where}.partialFingerprints.primaryLocationLineHash: required (GitHub tracks alerts by it)`);
    return undefined;
  }
  return `${show(ruleId)}\u0000${hash}`;
}

/** Every problem GitHub code scanning would have with this SARIF document. */
export function lintSarifForGithub(sarif: unknown, limits: GithubLimits = githubSarifLimits): string[] {
  const problems: string[] = [];
  const log = asObject(sarif);
  if (!nonEmptyString(log.$schema)) problems.push('$schema: required');
  if (log.version !== '2.1.0') problems.push(`version: ${show(log.version)}, GitHub supports only 2.1.0`);
  const runs = asArray(log.runs);
  if (runs.length === 0) problems.push('runs: at least one run is required');
  if (runs.length > limits.maxRuns) problems.push(`runs: ${runs.length} runs, GitHub accepts ${limits.maxRuns}`);
  const categories = new Map<string, number>();
  runs.forEach((value, r) => {
    const run = asObject(value);
    const where = `runs[${r}]`;
    const driver = asObject(asObject(run.tool).driver);
    if (!nonEmptyString(driver.name)) problems.push(`${where}.tool.driver.name: required`);
    const rules = asArray(driver.rules).map(asObject);
    if (rules.length > limits.maxRulesPerRun) problems.push(`${where}.tool.driver.rules: ${rules.length} rules, GitHub accepts ${limits.maxRulesPerRun}`);
    const ruleIds = rules.map((rule) => (typeof rule.id === 'string' ? rule.id : ''));
    if (new Set(ruleIds).size !== ruleIds.length) problems.push(`${where}.tool.driver.rules: duplicate rule ids`);
    rules.forEach((rule, i) => lintRule(`${where}.tool.driver.rules[${i}]`, rule, limits, problems));
    const id = asObject(run.automationDetails).id;
    if (!nonEmptyString(id)) {
      problems.push(`${where}.automationDetails.id: required (GitHub's category for the run)`);
    } else {
      const category = id.includes('/') ? id.slice(0, id.lastIndexOf('/')) : '';
      const key = `${show(driver.name)}\u0000${category}`;
      const previous = categories.get(key);
      if (previous !== undefined) problems.push(`${where}.automationDetails.id: category "${category}" already used by runs[${previous}]; GitHub rejects two runs of one tool in one category`);
      categories.set(key, r);
    }
    if (!Array.isArray(run.results)) problems.push(`${where}.results: required (may be empty)`);
    const results = asArray(run.results);
    if (results.length > limits.maxResultsPerRun) problems.push(`${where}.results: ${results.length} results, GitHub accepts ${limits.maxResultsPerRun}`);
    const seen = new Set<string>();
    results.forEach((result, i) => {
      const key = lintResult(`${where}.results[${i}]`, asObject(result), ruleIds, problems);
      if (key === undefined) return;
      if (seen.has(key)) problems.push(`${where}.results[${i}]: same rule and fingerprint as an earlier result; GitHub would merge them into one alert`);
      seen.add(key);
    });
  });
  return problems;
}
