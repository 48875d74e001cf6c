/**
 * Which actions a statement's Action or NotAction covers. Action names are
 * case-insensitive and patterns use `*` (any run of characters) and `?` (one
 * character), as in `s3:Get*` or `*`.
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_action.html
 * https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_notaction.html
 */
import { matchGlob } from '../../glob.js';
import type { PolicyStatement } from './read.js';

/** `*`, `**`, `*:*`: patterns that match every action name. */
const everyAction = /^\*+(:\*+)?$/;

/** Does an Action pattern such as `s3:Get*` match the concrete action `s3:GetObject`? */
export function actionMatches(pattern: string, action: string): boolean {
  // The pattern comes from the snapshot: matched as a glob, never as a RegExp (see glob.ts).
  return matchGlob(pattern, action, { ignoreCase: true });
}

/**
 * Could the statement allow at least one of `actions` (concrete names)? With
 * no list, could it allow anything at all. Action covers what it matches;
 * NotAction covers everything it does not match, so `NotAction: "*"` covers
 * nothing. A statement with neither element (which AWS rejects) covers nothing.
 */
export function coversAnyAction(statement: PolicyStatement, actions: readonly string[] | undefined): boolean {
  if (statement.action !== undefined) {
    if (actions === undefined) return statement.action.length > 0;
    return actions.some((action) => statement.action?.some((pattern) => actionMatches(pattern, action)));
  }
  if (statement.notAction !== undefined) {
    const excluded = statement.notAction;
    if (actions === undefined) return !excluded.some((pattern) => everyAction.test(pattern));
    return actions.some((action) => !excluded.some((pattern) => actionMatches(pattern, action)));
  }
  return false;
}
