/** Fills a draft from an answer that already holds every field (Describe* listings carry the whole resource). */
import type { ResourceDraft } from '../../context.js';

/** Sets every field a listing already answered. */
export function setFields(draft: ResourceDraft, fields: Readonly<Record<string, unknown>>): ResourceDraft {
  for (const [path, value] of Object.entries(fields)) draft.set(path, value);
  return draft;
}
