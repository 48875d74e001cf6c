import { describe, expect, it } from 'vitest';
import { AssayError } from './error.js';
import { formatError } from './format.js';

describe('formatError', () => {
  it('prints compiler style: location, message, code, pointer and hint', () => {
    const error = new AssayError('POLICY_SCHEMA', 'unknown field "chek"', { location: { file: 'p.yaml', line: 3, column: 1, pointer: '/chek' }, hint: 'did you mean "check"?' });
    expect(formatError(error)).toBe('p.yaml:3:1: unknown field "chek" [POLICY_SCHEMA]\n  at /chek\n  hint: did you mean "check"?');
  });

  it('shows what a message quotes from a file or an account as escapes, on its lines', () => {
    const hostile = 'x\u001b[2J\r\n::error::fake\u202e';
    const error = new AssayError('UNKNOWN_POLICY', `unknown policy "${hostile}"`, { location: { file: `dir/${hostile}.yaml`, pointer: `/${hostile}` }, hint: hostile });
    const text = formatError(error);
    expect(text.split('\n')).toEqual([
      'dir/x\\x1b[2J\\r\\n::error::fake\\u202e.yaml: unknown policy "x\\x1b[2J\\r\\n::error::fake\\u202e" [UNKNOWN_POLICY]',
      '  at /x\\x1b[2J\\r\\n::error::fake\\u202e',
      '  hint: x\\x1b[2J\\r\\n::error::fake\\u202e',
    ]);
  });
});
