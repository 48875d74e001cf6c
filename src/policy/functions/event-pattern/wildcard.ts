/**
 * The event-pattern `wildcard` operator: `*` stands for any run of
 * characters, empty included (`"dir/*.png"`, `"*Title*"`). The rules for
 * writing one are Event Ruler's, the matching library EventBridge runs
 * (github.com/aws/event-ruler, README "Wildcard matching"): a value may hold
 * any number of `*` but never two in a row; `\*` is a literal star, `\\` a
 * literal backslash, and a backslash before anything else is refused.
 *
 * Matching splits the value at its stars and finds the pieces left to right,
 * so it takes time linear in the text times the pieces, never backtracking:
 * a snapshot's rule patterns are written by whoever can edit the account.
 */

export interface Wildcard {
  /** As written, for messages. */
  readonly text: string;
  /** The literal pieces between stars; one piece when there is no star. */
  readonly pieces: readonly string[];
}

export type WildcardParse = { readonly ok: true; readonly wildcard: Wildcard } | { readonly ok: false; readonly problem: string };

export function parseWildcard(text: string): WildcardParse {
  const pieces: string[] = [];
  let piece = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charAt(i);
    if (c === '\\') {
      const next = text.charAt(i + 1);
      if (next !== '*' && next !== '\\') return { ok: false, problem: `a backslash may only escape "*" or "\\" (at character ${i + 1})` };
      piece += next;
      i += 1;
    } else if (c === '*') {
      if (text.charAt(i + 1) === '*') return { ok: false, problem: `two "*" in a row are not allowed (at character ${i + 1})` };
      pieces.push(piece);
      piece = '';
    } else {
      piece += c;
    }
  }
  pieces.push(piece);
  return { ok: true, wildcard: { text, pieces } };
}

export function matchesWildcard(wildcard: Wildcard, value: string): boolean {
  const { pieces } = wildcard;
  const first = pieces[0] ?? '';
  if (pieces.length === 1) return value === first;
  const last = pieces[pieces.length - 1] ?? '';
  if (value.length < first.length + last.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  // The middle pieces, leftmost first, between the fixed start and end.
  const end = value.length - last.length;
  let at = first.length;
  for (let i = 1; i < pieces.length - 1; i += 1) {
    const middle = pieces[i] ?? '';
    const found = value.indexOf(middle, at);
    if (found === -1 || found + middle.length > end) return false;
    at = found + middle.length;
  }
  return true;
}
