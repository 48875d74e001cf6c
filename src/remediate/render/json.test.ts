import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../../test/fixtures/results/load.js';
import { createAjv } from '../../resources/validate-data.js';
import { buildPlan } from '../build.js';
import { planSchema, type Plan } from '../plan.js';
import { renderJson } from './json.js';

describe('renderJson', () => {
  const plan = buildPlan(resultFixture('after'));
  const text = renderJson(plan);

  it('validates against the plan schema', () => {
    const validate = createAjv().compile(planSchema);
    const parsed = JSON.parse(text) as Plan;
    expect(validate(parsed), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(parsed.steps.length).toBeGreaterThan(0);
  });

  it('is the plan itself, two-space indented with a final newline, the same bytes every time', () => {
    expect(JSON.parse(text)).toEqual(plan);
    expect(text.startsWith('{\n  "schemaVersion": 1,\n  "scan": {\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(renderJson(buildPlan(resultFixture('after')))).toBe(text);
  });
});
