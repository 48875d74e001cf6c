import { describe, expect, it } from 'vitest';
import { commandData, commandProperty } from '../text/github-command.js';
import { outputLines } from './commands.js';

describe('workflow commands', () => {
  it('a hostile resource name cannot end an annotation or start a new command', () => {
    const hostile = 'bucket%0A\r\n::error::fake, title=x: y';
    expect(commandData(hostile)).toBe('bucket%250A%0D%0A::error::fake, title=x: y');
    expect(commandProperty(hostile)).toBe('bucket%250A%0D%0A%3A%3Aerror%3A%3Afake%2C title=x%3A y');
    expect(commandData(hostile)).not.toMatch(/[\r\n]/);
  });

  it('outputs are one line each and a multi-line value is refused', () => {
    expect(outputLines({ a: '1', 'max-severity': 'high' })).toBe('a=1\nmax-severity=high\n');
    expect(() => outputLines({ bad: 'x\ny=z' })).toThrow('would span lines');
  });
});
