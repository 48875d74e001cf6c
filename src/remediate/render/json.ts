/**
 * The plan as JSON (schemas/plan.schema.json): the Plan object itself, two
 * spaces, final newline. Deterministic because buildPlan orders everything.
 */
import type { Plan } from '../plan.js';

export function renderJson(plan: Plan): string {
  return `${JSON.stringify(plan, null, 2)}\n`;
}
