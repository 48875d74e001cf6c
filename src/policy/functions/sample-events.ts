/**
 * What matchesLogEvents and catchesCloudTrailEvents share: options naming
 * sample events a pattern must match (and ignore), evidence that names the
 * samples rather than repeating them, and a judge that runs a parsed pattern
 * against them, once per distinct pattern text.
 */
import { Type } from '@sinclair/typebox';
import type { FunctionOutcome } from './define.js';

export interface NamedEvent {
  readonly name: string;
  readonly event: Record<string, unknown>;
}

/** The `matches` / `ignores` options schema; `event` describes what each sample's event is. */
export function sampleEventOptions(words: { readonly event: string; readonly matches: string; readonly ignores: string }) {
  const namedEvent = Type.Object({
    name: Type.String({ minLength: 1, description: 'Names the event in evidence, e.g. "root console sign-in".' }),
    event: Type.Record(Type.String(), Type.Unknown(), { description: words.event }),
  }, { additionalProperties: false });
  return Type.Object({
    matches: Type.Array(namedEvent, { minItems: 1, description: words.matches }),
    ignores: Type.Optional(Type.Array(namedEvent, { description: words.ignores })),
  }, { additionalProperties: false });
}

/** The samples the options name, as given. */
export function samplesOf(options: Record<string, unknown>): { matches: readonly NamedEvent[]; ignores: readonly NamedEvent[] } {
  return { matches: options.matches as NamedEvent[], ignores: (options.ignores as NamedEvent[] | undefined) ?? [] };
}

/** Evidence names the sample events; the records themselves are in the policy. */
export function sampleNames(options: Record<string, unknown>): { matches: string[]; ignores: string[] } {
  const { matches, ignores } = samplesOf(options);
  return { matches: matches.map((e) => e.name), ignores: ignores.map((e) => e.name) };
}

type Parsed<P> = { readonly ok: true; readonly pattern: P } | { readonly ok: false; readonly error: { readonly message: string } };

/**
 * A judge of pattern texts against the samples: PASS when the pattern parses,
 * matches every sample in `matches` and none in `ignores`; otherwise the
 * parse error, or the samples missed and matched wrongly. The outcome
 * depends only on the text, and snapshots repeat the same few patterns.
 */
export function sampleJudge<P>(
  matches: readonly NamedEvent[], ignores: readonly NamedEvent[],
  parse: (text: string) => Parsed<P>, isMatch: (pattern: P, event: unknown) => boolean,
): (pattern: string) => FunctionOutcome {
  const outcomes = new Map<string, FunctionOutcome>();
  return (text) => {
    let outcome = outcomes.get(text);
    if (outcome === undefined) {
      const parsed = parse(text);
      if (!parsed.ok) {
        outcome = { result: false, actual: { pattern: text, error: parsed.error.message } };
      } else {
        const missed = matches.filter((m) => !isMatch(parsed.pattern, m.event)).map((m) => m.name);
        const matchedWrongly = ignores.filter((m) => isMatch(parsed.pattern, m.event)).map((m) => m.name);
        outcome = missed.length === 0 && matchedWrongly.length === 0 ? { result: true, actual: text } : { result: false, actual: { pattern: text, missed, matchedWrongly } };
      }
      outcomes.set(text, outcome);
    }
    return outcome;
  };
}
