/**
 * The event-pattern parser: the tree it builds for every operator in AWS's
 * documented examples, and for patterns EventBridge refuses, the code, the
 * place in the pattern (path in the message, JSON pointer in the location)
 * and what was wrong there.
 */
import { describe, expect, it } from 'vitest';
import { parseEventPattern, type EventPattern, type Exclusion, type Matcher, type PatternObject } from './parse.js';

function parsed(text: string): EventPattern {
  const result = parseEventPattern(text);
  if (!result.ok) throw new Error(`${text}: ${result.error.message}`);
  return result.pattern;
}

/** A compact rendering of the tree: `detail: { state: [not "initializing"] }`, `c-count: [(0, 5]]`. */
function shape(pattern: PatternObject): string {
  const parts = pattern.fields.map((f) => `${f.name}: ${f.kind === 'object' ? `{ ${shape(f.pattern)} }` : `[${f.matchers.map(matcher).join(' | ')}]`}`);
  if (pattern.anyOf.length > 0) parts.push(`$or: ${pattern.anyOf.map((a) => `{ ${shape(a)} }`).join(' | ')}`);
  return parts.join('; ');
}

function matcher(m: Matcher): string {
  switch (m.kind) {
    case 'equals': return JSON.stringify(m.value);
    case 'prefix':
    case 'suffix': return `${m.kind}${m.ignoreCase ? '~i' : ''} ${JSON.stringify(m.value)}`;
    case 'equals-ignore-case': return `~i ${JSON.stringify(m.value)}`;
    case 'wildcard': return `wildcard ${JSON.stringify(m.wildcard.pieces)}`;
    case 'anything-but': return `not ${exclusion(m.exclude)}`;
    case 'numeric': {
      const low = m.lower === undefined ? '(-∞' : `${m.lower.inclusive ? '[' : '('}${String(m.lower.value)}`;
      const high = m.upper === undefined ? '∞)' : `${String(m.upper.value)}${m.upper.inclusive ? ']' : ')'}`;
      return `${low}, ${high}`;
    }
    case 'exists': return m.exists ? 'exists' : '!exists';
    case 'cidr': return `cidr ${m.text}/v${String(m.block.version)}`;
  }
}

function exclusion(e: Exclusion): string {
  switch (e.kind) {
    case 'strings':
    case 'numbers': return JSON.stringify(e.values);
    case 'prefix':
    case 'suffix': return `${e.kind} ${JSON.stringify(e.value)}`;
    case 'equals-ignore-case': return `~i ${JSON.stringify(e.values)}`;
    case 'wildcard': return `wildcard ${JSON.stringify(e.wildcards.map((w) => w.text))}`;
  }
}

describe('parseEventPattern: structure', () => {
  const rows: readonly (readonly [label: string, pattern: string, shape: string])[] = [
    ['the EC2 termination example', '{ "source": ["aws.ec2"], "detail-type": ["EC2 Instance State-change Notification"], "detail": { "state": ["terminated"] } }',
      'source: ["aws.ec2"]; detail-type: ["EC2 Instance State-change Notification"]; detail: { state: ["terminated"] }'],
    ['values of every JSON type, empty string and null', '{ "a": ["x", 5, 3.018e2, true, false, null, ""] }', 'a: ["x" | 5 | 301.8 | true | false | null | ""]'],
    ['prefix', '{ "time": [ { "prefix": "2017-10-02" } ] }', 'time: [prefix "2017-10-02"]'],
    ['prefix ignoring case', '{ "detail": { "service": [ { "prefix": { "equals-ignore-case": "EventB" } } ] } }', 'detail: { service: [prefix~i "EventB"] }'],
    ['suffix', '{ "FileName": [ { "suffix": ".png" } ] }', 'FileName: [suffix ".png"]'],
    ['suffix ignoring case', '{ "detail": { "FileName": [ { "suffix": { "equals-ignore-case": ".png" } } ] } }', 'detail: { FileName: [suffix~i ".png"] }'],
    ['equals-ignore-case', '{ "Name": [ { "equals-ignore-case": "alice" } ] }', 'Name: [~i "alice"]'],
    ['wildcard', '{ "EventBusArn": [ { "wildcard": "arn:aws:events:us-east-1:*:event-bus/*" } ] }', 'EventBusArn: [wildcard ["arn:aws:events:us-east-1:",":event-bus/",""]]'],
    ['wildcard escapes', '{ "a": [ { "wildcard": "x\\\\*y\\\\\\\\z*" } ] }', 'a: [wildcard ["x*y\\\\z",""]]'],
    ['anything-but one string', '{ "detail": { "state": [ { "anything-but": "initializing" } ] } }', 'detail: { state: [not ["initializing"]] }'],
    ['anything-but one number', '{ "detail": { "x-limit": [ { "anything-but": 123 } ] } }', 'detail: { x-limit: [not [123]] }'],
    ['anything-but strings', '{ "detail": { "state": [ { "anything-but": [ "stopped", "overloaded" ] } ] } }', 'detail: { state: [not ["stopped","overloaded"]] }'],
    ['anything-but numbers', '{ "detail": { "x-limit": [ { "anything-but": [ 100, 200, 300 ] } ] } }', 'detail: { x-limit: [not [100,200,300]] }'],
    ['anything-but prefix', '{ "detail": { "state": [ { "anything-but": { "prefix": "init" } } ] } }', 'detail: { state: [not prefix "init"] }'],
    ['anything-but suffix', '{ "FileName": [ { "anything-but": { "suffix": ".png" } } ] }', 'FileName: [not suffix ".png"]'],
    ['anything-but ignoring case', '{ "state": [ { "anything-but": { "equals-ignore-case": ["initializing", "x"] } } ] }', 'state: [not ~i ["initializing","x"]]'],
    ['anything-but wildcard', '{ "FilePath": [ { "anything-but": { "wildcard": "*/lib/*" } } ] }', 'FilePath: [not wildcard ["*/lib/*"]]'],
    ['numeric: range, upper only, equals', '{ "detail": { "c-count": [ { "numeric": [ ">", 0, "<=", 5 ] } ], "d-count": [ { "numeric": [ "<", 10 ] } ], "x-limit": [ { "numeric": [ "=", 3.018e2 ] } ] } }',
      'detail: { c-count: [(0, 5]]; d-count: [(-∞, 10)]; x-limit: [[301.8, 301.8]] }'],
    ['numeric: lower only, inclusive; a range written upper bound first', '{ "a": [ { "numeric": [ ">=", -1.5 ] } ], "b": [ { "numeric": [ "<", 20, ">", 10 ] } ] }', 'a: [[-1.5, ∞)]; b: [(10, 20)]'],
    ['exists true and false', '{ "detail": { "state": [ { "exists": true } ], "c-count": [ { "exists": false } ] } }', 'detail: { state: [exists]; c-count: [!exists] }'],
    ['cidr IPv4 and IPv6', '{ "detail": { "sourceIPAddress": [ { "cidr": "10.0.0.0/24" }, { "cidr": "2001:db8::/32" } ] } }', 'detail: { sourceIPAddress: [cidr 10.0.0.0/24/v4 | cidr 2001:db8::/32/v6] }'],
    ['$or beside a field', '{ "source": [ "aws.cloudwatch" ], "$or": [ { "metricName": [ "CPUUtilization", "ReadLatency" ] }, { "namespace": [ "AWS/EC2", "AWS/ES" ] } ] }',
      'source: ["aws.cloudwatch"]; $or: { metricName: ["CPUUtilization" | "ReadLatency"] } | { namespace: ["AWS/EC2" | "AWS/ES"] }'],
    ['nested $or inside an alternative', '{ "$or": [ { "a": [1] }, { "b": [2], "$or": [ { "c": [3] }, { "d": [4] } ] } ] }', '$or: { a: [1] } | { b: [2]; $or: { c: [3] } | { d: [4] } }'],
    ['$or inside a nested object', '{ "detail": { "$or": [ { "eventName": ["StopLogging"] }, { "eventSource": ["kms.amazonaws.com"] } ] } }', 'detail: { $or: { eventName: ["StopLogging"] } | { eventSource: ["kms.amazonaws.com"] } }'],
    ['a key given twice keeps the last', '{ "detail": { "location": [ { "prefix": "us-" } ], "location": [ { "anything-but": "us-east" } ] } }', 'detail: { location: [not ["us-east"]] }'],
    ['an empty list is accepted and matches nothing', '{ "source": [] }', 'source: []'],
    ['a cidr without a length is one address', '{ "ip": [ { "cidr": "10.0.0.1" } ] }', 'ip: [cidr 10.0.0.1/v4]'],
    ['operator names are field names outside a matcher', '{ "detail": { "prefix": ["x"], "numeric": [1] } }', 'detail: { prefix: ["x"]; numeric: [1] }'],
  ];
  it.each(rows)('%s', (_label, pattern, expected) => {
    expect(shape(parsed(pattern).root)).toBe(expected);
  });

  it('reads CIDR blocks to network and length, clearing host bits', () => {
    const cidr = (text: string) => {
      const field = parsed(`{ "ip": [ { "cidr": ${JSON.stringify(text)} } ] }`).root.fields[0];
      const m = field?.kind === 'list' ? field.matchers[0] : undefined;
      return m?.kind === 'cidr' ? { network: m.block.network, prefixLength: m.block.prefixLength } : undefined;
    };
    expect(cidr('10.0.0.5/24')).toEqual({ network: 0x0a000000n, prefixLength: 24 });
    expect(cidr('0.0.0.0/0')).toEqual({ network: 0n, prefixLength: 0 });
    expect(cidr('2001:db8::1/32')).toEqual({ network: 0x20010db8n << 96n, prefixLength: 32 });
    expect(cidr('::ffff:10.0.0.1/128')).toEqual({ network: (0xffffn << 32n) | 0x0a000001n, prefixLength: 128 });
  });

  it('keeps the pattern text', () => {
    const text = '{"source":["aws.signin"]}';
    expect(parsed(text).text).toBe(text);
  });
});

describe('parseEventPattern: refusals say where and what', () => {
  const rows: readonly (readonly [label: string, pattern: string, pointer: string, message: string])[] = [
    ['a list, not an object', '["aws.signin"]', '', 'invalid event pattern: an event pattern is a JSON object of fields to match; found the list ["aws.signin"]'],
    ['a bare string', '"aws.signin"', '', 'invalid event pattern: an event pattern is a JSON object of fields to match; found the string "aws.signin"'],
    ['an empty pattern', '{}', '', 'invalid event pattern: an event pattern needs at least one field'],
    ['an empty nested object', '{ "source": ["aws.iam"], "detail": {} }', '/detail', 'invalid event pattern at detail: a pattern object needs at least one field'],
    ['a string where a list belongs', '{ "source": "aws.signin" }', '/source',
      'invalid event pattern at source: a field\'s value must be a list of values to match (e.g. ["aws.signin"]) or an object of fields; found the string "aws.signin"'],
    ['a nested number where a list belongs', '{ "detail": { "userIdentity": { "type": 5 } } }', '/detail/userIdentity/type',
      'invalid event pattern at detail.userIdentity.type: a field\'s value must be a list of values to match (e.g. [5]) or an object of fields; found 5'],
    ['null where a list belongs', '{ "detail": { "errorCode": null } }', '/detail/errorCode',
      'invalid event pattern at detail.errorCode: a field\'s value must be a list of values to match (e.g. [null]) or an object of fields; found null'],
    ['a list inside a list', '{ "resources": [ ["arn:a"] ] }', '/resources/0', 'invalid event pattern at resources[0]: a list of values cannot hold another list'],
    ['an unknown operator, with a suggestion', '{ "detail": { "eventName": [ { "prefixx": "Delete" } ] } }', '/detail/eventName/0/prefixx',
      'invalid event pattern at detail.eventName[0].prefixx: unknown operator "prefixx"; did you mean "prefix"? (operators: anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard)'],
    ['an unknown operator', '{ "a": [ { "begins-with": "x" } ] }', '/a/0/begins-with',
      'invalid event pattern at a[0].begins-with: unknown operator "begins-with" (operators: anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard)'],
    ['two operators in one matcher', '{ "a": [ { "prefix": "x", "suffix": "y" } ] }', '/a/0',
      'invalid event pattern at a[0]: a matcher object holds exactly one operator (anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard); found "prefix", "suffix"'],
    ['an empty matcher', '{ "a": [ {} ] }', '/a/0',
      'invalid event pattern at a[0]: a matcher object holds exactly one operator (anything-but, cidr, equals-ignore-case, exists, numeric, prefix, suffix, wildcard); found none'],
    ['prefix with a number', '{ "a": [ { "prefix": 5 } ] }', '/a/0/prefix', 'invalid event pattern at a[0].prefix: prefix takes a string or {"equals-ignore-case": string}; found 5'],
    ['prefix with a list', '{ "a": [ { "prefix": ["x", "y"] } ] }', '/a/0/prefix', 'invalid event pattern at a[0].prefix: prefix takes a string or {"equals-ignore-case": string}; found the list ["x","y"]'],
    ['suffix with an unknown inner operator', '{ "a": [ { "suffix": { "wildcard": "*.png" } } ] }', '/a/0/suffix',
      'invalid event pattern at a[0].suffix: suffix takes a string or {"equals-ignore-case": string}; found the object {"wildcard":"*.png"}'],
    ['prefix ignoring case with a number', '{ "a": [ { "prefix": { "equals-ignore-case": 1 } } ] }', '/a/0/prefix/equals-ignore-case',
      'invalid event pattern at a[0].prefix.equals-ignore-case: prefix takes a string or {"equals-ignore-case": string}; found 1'],
    ['equals-ignore-case with a list', '{ "a": [ { "equals-ignore-case": ["x"] } ] }', '/a/0/equals-ignore-case', 'invalid event pattern at a[0].equals-ignore-case: equals-ignore-case takes a string; found the list ["x"]'],
    ['exists with a string', '{ "a": [ { "exists": "true" } ] }', '/a/0/exists', 'invalid event pattern at a[0].exists: exists takes true or false; found the string "true"'],
    ['anything-but mixing strings and numbers', '{ "a": [ { "anything-but": ["x", 1] } ] }', '/a/0/anything-but',
      'invalid event pattern at a[0].anything-but: anything-but takes a non-empty list of only strings or only numbers; found the list ["x",1]'],
    ['anything-but with null', '{ "a": [ { "anything-but": null } ] }', '/a/0/anything-but',
      'invalid event pattern at a[0].anything-but: anything-but takes a string, a number, a list of either, or one of {"prefix": …}, {"suffix": …}, {"equals-ignore-case": …}, {"wildcard": …}; found null'],
    ['anything-but with a boolean in the list', '{ "a": [ { "anything-but": [true] } ] }', '/a/0/anything-but',
      'invalid event pattern at a[0].anything-but: anything-but takes a non-empty list of only strings or only numbers; found the list [true]'],
    ['anything-but with an empty list', '{ "a": [ { "anything-but": [] } ] }', '/a/0/anything-but',
      'invalid event pattern at a[0].anything-but: anything-but takes a non-empty list of only strings or only numbers; found an empty list'],
    ['anything-but prefix with a list', '{ "a": [ { "anything-but": { "prefix": ["x", "y"] } } ] }', '/a/0/anything-but/prefix',
      'invalid event pattern at a[0].anything-but.prefix: anything-but prefix takes one string (not a list); found the list ["x","y"]'],
    ['anything-but with numeric inside', '{ "a": [ { "anything-but": { "numeric": [">", 1] } } ] }', '/a/0/anything-but',
      'invalid event pattern at a[0].anything-but: anything-but takes a string, a number, a list of either, or one of {"prefix": …}, {"suffix": …}, {"equals-ignore-case": …}, {"wildcard": …}; found the object {"numeric":[">",1]}'],
    ['numeric with a string operand', '{ "a": [ { "numeric": [">", "5"] } ] }', '/a/0/numeric/1', 'invalid event pattern at a[0].numeric[1]: expected a number; found the string "5"'],
    ['numeric with an unknown operator', '{ "a": [ { "numeric": ["≤", 5] } ] }', '/a/0/numeric/0',
      'invalid event pattern at a[0].numeric[0]: numeric takes [operator, number] or [operator, number, operator, number] with operators =, <, <=, >, >=; found the string "≤"'],
    ['numeric with three entries', '{ "a": [ { "numeric": [">", 0, "<"] } ] }', '/a/0/numeric',
      'invalid event pattern at a[0].numeric: numeric takes [operator, number] or [operator, number, operator, number] with operators =, <, <=, >, >=; found the list [">",0,"<"]'],
    ['numeric that is not a list', '{ "a": [ { "numeric": 5 } ] }', '/a/0/numeric',
      'invalid event pattern at a[0].numeric: numeric takes [operator, number] or [operator, number, operator, number] with operators =, <, <=, >, >=; found 5'],
    ['numeric with two lower bounds', '{ "a": [ { "numeric": [">", 0, ">=", 5] } ] }', '/a/0/numeric/2', 'invalid event pattern at a[0].numeric[2]: a numeric range has at most one lower bound (">" or ">=")'],
    ['numeric with two upper bounds', '{ "a": [ { "numeric": ["<", 0, "<=", 5] } ] }', '/a/0/numeric/2', 'invalid event pattern at a[0].numeric[2]: a numeric range has at most one upper bound ("<" or "<=")'],
    ['numeric "=" inside a range', '{ "a": [ { "numeric": ["=", 0, "<", 5] } ] }', '/a/0/numeric/0', 'invalid event pattern at a[0].numeric[0]: "=" stands alone: [ "=", number ], not part of a range'],
    ['an empty numeric range', '{ "a": [ { "numeric": [">", 10, "<", 5] } ] }', '/a/0/numeric', 'invalid event pattern at a[0].numeric: the range matches no number: its lower bound 10 is not below its upper bound 5'],
    ['a numeric range open at a single point', '{ "a": [ { "numeric": [">", 5, "<=", 5] } ] }', '/a/0/numeric', 'invalid event pattern at a[0].numeric: the range matches no number: its lower bound 5 is not below its upper bound 5'],
    ['a numeric bound beyond 5.0e9', '{ "a": [ { "numeric": ["<", 6e9] } ] }', '/a/0/numeric/1', 'invalid event pattern at a[0].numeric[1]: 6000000000 is outside the numbers EventBridge compares (-5.0e9 to 5.0e9)'],
    ['a wildcard with two stars in a row', '{ "a": [ { "wildcard": "dir/**.png" } ] }', '/a/0/wildcard', 'invalid event pattern at a[0].wildcard: invalid wildcard: two "*" in a row are not allowed (at character 5)'],
    ['a wildcard escaping a letter', '{ "a": [ { "wildcard": "a\\\\b" } ] }', '/a/0/wildcard', 'invalid event pattern at a[0].wildcard: invalid wildcard: a backslash may only escape "*" or "\\" (at character 2)'],
    ['a wildcard ending in a backslash', '{ "a": [ { "wildcard": "a\\\\" } ] }', '/a/0/wildcard', 'invalid event pattern at a[0].wildcard: invalid wildcard: a backslash may only escape "*" or "\\" (at character 2)'],
    ['anything-but wildcard with a bad wildcard', '{ "a": [ { "anything-but": { "wildcard": ["ok*", "**"] } } ] }', '/a/0/anything-but/wildcard',
      'invalid event pattern at a[0].anything-but.wildcard: invalid wildcard: two "*" in a row are not allowed (at character 1)'],
    ['a cidr that is not an address', '{ "ip": [ { "cidr": "10.0.0/24" } ] }', '/ip/0/cidr', 'invalid event pattern at ip[0].cidr: "10.0.0/24" is not an IPv4 or IPv6 address block such as "10.0.0.0/24" or "2001:db8::/32"'],
    ['a cidr length too long', '{ "ip": [ { "cidr": "10.0.0.0/33" } ] }', '/ip/0/cidr', 'invalid event pattern at ip[0].cidr: "10.0.0.0/33" is not an IPv4 or IPv6 address block such as "10.0.0.0/24" or "2001:db8::/32"'],
    ['an IPv6 cidr with two "::"', '{ "ip": [ { "cidr": "2001::db8::/32" } ] }', '/ip/0/cidr', 'invalid event pattern at ip[0].cidr: "2001::db8::/32" is not an IPv4 or IPv6 address block such as "10.0.0.0/24" or "2001:db8::/32"'],
    ['a cidr that is a number', '{ "ip": [ { "cidr": 10 } ] }', '/ip/0/cidr', 'invalid event pattern at ip[0].cidr: cidr takes an IP address block such as "10.0.0.0/24" or "2001:db8::/32"; found 10'],
    ['$or with one alternative', '{ "$or": [ { "a": [1] } ] }', '/$or', 'invalid event pattern at $or: "$or" takes a list of at least two pattern objects; found the list [{"a":[1]}]'],
    ['$or that is an object', '{ "$or": { "a": [1] } }', '/$or', 'invalid event pattern at $or: "$or" takes a list of at least two pattern objects; found the object {"a":[1]}'],
    ['$or with a value list inside', '{ "detail": { "$or": [ { "a": [1] }, ["b"] ] } }', '/detail/$or/1', 'invalid event pattern at detail.$or[1]: each "$or" alternative is a pattern object; found the list ["b"]'],
    ['an error inside an $or alternative', '{ "$or": [ { "a": [1] }, { "b": "x" } ] }', '/$or/1/b',
      'invalid event pattern at $or[1].b: a field\'s value must be a list of values to match (e.g. ["x"]) or an object of fields; found the string "x"'],
    ['a key with "/" and "~" in its pointer', '{ "a/b~c": "x" }', '/a~1b~0c',
      'invalid event pattern at a/b~c: a field\'s value must be a list of values to match (e.g. ["x"]) or an object of fields; found the string "x"'],
  ];
  it.each(rows)('%s', (_label, pattern, pointer, message) => {
    const result = parseEventPattern(pattern, 'rule/root-activity');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('EVENT_PATTERN');
    expect(result.error.message).toBe(message);
    expect(result.error.location).toEqual({ file: 'rule/root-activity', pointer });
  });

  it('refuses text that is not JSON, with the parser\'s reason', () => {
    for (const text of ['', '{ "source": ["aws.signin"], }', "{ source: ['aws.signin'] }", '{ "source": ["aws.signin"] } trailing']) {
      const result = parseEventPattern(text);
      expect(result.ok, text).toBe(false);
      if (result.ok) continue;
      expect(result.error.code).toBe('EVENT_PATTERN');
      expect(result.error.message).toMatch(/^invalid event pattern: not valid JSON \(.+\)$/);
      expect(result.error.location).toEqual({ file: 'EventPattern' });
    }
  });

  it('refuses nesting beyond 64 objects instead of recursing without bound', () => {
    const nested = (depth: number) => `${'{ "a": '.repeat(depth - 1)}{ "a": [1] }${' }'.repeat(depth - 1)}`;
    expect(parseEventPattern(nested(64)).ok).toBe(true);
    const deep = parseEventPattern(nested(65));
    expect(deep.ok ? undefined : deep.error.message).toBe(`invalid event pattern at ${Array.from({ length: 64 }, () => 'a').join('.')}: patterns nest at most 64 objects deep`);
    // $or alternatives count as a level, so alternating $or cannot escape the cap.
    const ors = (depth: number): string => (depth === 1 ? '{ "a": [1] }' : `{ "$or": [ ${ors(depth - 1)}, { "b": [2] } ] }`);
    expect(parseEventPattern(ors(64)).ok).toBe(true);
    expect(parseEventPattern(ors(65)).ok).toBe(false);
    expect(parseEventPattern(nested(100_000)).ok).toBe(false);
  });
});
