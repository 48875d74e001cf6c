/**
 * Reads an IAM or resource policy document into one shape, so analyses never
 * guess at the grammar's many spellings. The policy grammar lets one value or
 * a list stand in most places:
 *
 * - `Statement`: one statement object or a list of them;
 * - `Action`/`NotAction`/`Resource`/`NotResource`: a string or a list;
 * - `Principal`/`NotPrincipal`: `"*"`, or a map from principal type (AWS,
 *   Service, Federated, CanonicalUser) to a string or a list;
 * - `Condition`: operator → key → one value or a list. Operators may carry a
 *   set prefix (`ForAnyValue:`/`ForAllValues:`) and the `IfExists` suffix;
 *   both are split off here so analyses test the base operator.
 *
 * Values keep their spelling (operators, keys and actions are compared
 * case-insensitively by the analyses that need to, as AWS does). Condition
 * values that are JSON booleans or numbers (`"aws:SecureTransport": false`)
 * become their string form, which is how AWS compares them. Entries AWS
 * would reject (a statement that is not an object, a list item that is not a
 * string) are left out rather than coerced; the raw statement is kept for
 * evidence. See https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_grammar.html
 */

export interface PrincipalSet {
  /** `"*"` as the whole element: every principal. */
  readonly all: boolean;
  /** Principal type (as spelled, e.g. AWS) → its values. */
  readonly byType: ReadonlyMap<string, readonly string[]>;
  /** The element as written, for evidence. */
  readonly raw: unknown;
}

export type SetOperator = 'ForAnyValue' | 'ForAllValues';

export interface ConditionTest {
  /** The operator as written, e.g. `ForAnyValue:StringLikeIfExists`. */
  readonly operator: string;
  /** The operator without set prefix and IfExists suffix, e.g. `StringLike`. */
  readonly base: string;
  readonly set: SetOperator | undefined;
  readonly ifExists: boolean;
  /** The condition key as written, e.g. `aws:SourceVpce`. */
  readonly key: string;
  readonly values: readonly string[];
}

export interface PolicyStatement {
  /** Position in the Statement list (0 for a single statement object). */
  readonly index: number;
  readonly sid: string | undefined;
  /** The Sid, or `Statement[index]` when there is none: how findings name it. */
  readonly label: string;
  readonly effect: string | undefined;
  readonly principal: PrincipalSet | undefined;
  readonly notPrincipal: PrincipalSet | undefined;
  readonly action: readonly string[] | undefined;
  readonly notAction: readonly string[] | undefined;
  readonly resource: readonly string[] | undefined;
  readonly notResource: readonly string[] | undefined;
  /** Every operator/key pair of the Condition block; all must hold (AND). */
  readonly conditions: readonly ConditionTest[];
  readonly raw: Readonly<Record<string, unknown>>;
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string or a list of strings; undefined when the element is absent. */
function strings(value: unknown): string[] | undefined {
  if (value === undefined) return undefined;
  const items = Array.isArray(value) ? (value as unknown[]) : [value];
  return items.filter((item): item is string => typeof item === 'string');
}

function scalarText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'number') return String(value);
  return undefined;
}

function readPrincipal(value: unknown): PrincipalSet | undefined {
  if (value === undefined) return undefined;
  if (value === '*') return { all: true, byType: new Map(), raw: value };
  const byType = new Map<string, readonly string[]>();
  if (isObject(value)) {
    for (const [type, entries] of Object.entries(value)) byType.set(type, strings(entries) ?? []);
  }
  return { all: false, byType, raw: value };
}

const setPrefix = /^(ForAnyValue|ForAllValues):/i;
const ifExistsSuffix = /IfExists$/i;

/** Splits `ForAllValues:StringLikeIfExists` into its set operator, base operator and IfExists flag. */
export function parseOperator(operator: string): Pick<ConditionTest, 'base' | 'set' | 'ifExists'> {
  const prefix = setPrefix.exec(operator);
  const withoutSet = prefix === null ? operator : operator.slice(prefix[0].length);
  const set: SetOperator | undefined = prefix === null ? undefined : prefix[1]?.toLowerCase() === 'foranyvalue' ? 'ForAnyValue' : 'ForAllValues';
  // `Null` is the one operator IfExists may not follow, so no base name ends in it.
  const ifExists = ifExistsSuffix.test(withoutSet);
  return { base: ifExists ? withoutSet.replace(ifExistsSuffix, '') : withoutSet, set, ifExists };
}

function readConditions(value: unknown): ConditionTest[] {
  if (!isObject(value)) return [];
  const tests: ConditionTest[] = [];
  for (const [operator, block] of Object.entries(value)) {
    if (!isObject(block)) continue;
    for (const [key, raw] of Object.entries(block)) {
      const items = Array.isArray(raw) ? (raw as unknown[]) : [raw];
      const values = items.map(scalarText).filter((v): v is string => v !== undefined);
      tests.push({ operator, ...parseOperator(operator), key, values });
    }
  }
  return tests;
}

function readStatement(raw: Json, index: number): PolicyStatement {
  const sid = typeof raw.Sid === 'string' && raw.Sid !== '' ? raw.Sid : undefined;
  return {
    index,
    sid,
    label: sid ?? `Statement[${index}]`,
    effect: typeof raw.Effect === 'string' ? raw.Effect : undefined,
    principal: readPrincipal(raw.Principal),
    notPrincipal: readPrincipal(raw.NotPrincipal),
    action: strings(raw.Action),
    notAction: strings(raw.NotAction),
    resource: strings(raw.Resource),
    notResource: strings(raw.NotResource),
    conditions: readConditions(raw.Condition),
    raw,
  };
}

/** The statements of a policy document; none when the value is not a document. */
export function readStatements(document: unknown): PolicyStatement[] {
  if (!isObject(document)) return [];
  const statement = document.Statement;
  const items = Array.isArray(statement) ? (statement as unknown[]) : statement === undefined ? [] : [statement];
  const statements: PolicyStatement[] = [];
  for (const [index, item] of items.entries()) {
    if (isObject(item)) statements.push(readStatement(item, index));
  }
  return statements;
}
