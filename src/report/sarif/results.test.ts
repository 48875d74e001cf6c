import { describe, expect, it } from 'vitest';
import { resultFixture } from '../../../test/fixtures/results/load.js';
import { messageOf } from './results.js';

describe('SARIF result messages', () => {
  const failing = resultFixture('after').findings.find((f) => f.status === 'FAIL' && f.evidence.length > 0)!;

  it('keep each value on its line, form no embedded link and show controls as escapes', () => {
    const hostile = 'bucket [click](1) here\nEvidence: fake line \u001b[2J\u202eevil';
    const message = messageOf({ ...failing, message: hostile, resource: { ...failing.resource, arn: hostile } });
    const lines = message.split('\n');
    expect(lines[0]).toBe('bucket [click] (1) here\\nEvidence: fake line \\x1b[2J\\u202eevil');
    expect(lines[1]).toContain('Resource: bucket [click] (1) here\\nEvidence: fake line');
    expect(lines.filter((l) => l.startsWith('Evidence: fake'))).toEqual([]);
    expect(message).not.toMatch(/\]\(/);
    expect(message).not.toContain('\u001b');
    expect(message).not.toContain('\u202e');
  });
});
