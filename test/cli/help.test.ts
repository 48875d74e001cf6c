/** Help fits the terminal: every line of every command's help, at the width commander uses. */
import { describe, expect, it } from 'vitest';
import { wrapHelp } from '../../src/cli/help.js';
import type { CliIo } from '../../src/cli/io.js';
import { run } from '../../src/cli/program.js';

async function help(command: readonly string[], terminal?: { columns: number }): Promise<string> {
  let out = '';
  const io: CliIo = {
    stdout: { write: (text) => { out += text; }, isTTY: terminal !== undefined, columns: terminal?.columns },
    stderr: { write: () => {}, isTTY: false },
    env: {},
    cwd: process.cwd(),
  };
  expect(await run([...command, '--help'], io)).toBe(0);
  return out;
}

/** Subcommand names from the "Commands:" section of a help text (help itself left out). */
function subcommands(text: string): string[] {
  const section = /\nCommands:\n([\s\S]*?)(?:\n\n|$)/.exec(text)?.[1] ?? '';
  return section.split('\n').map((line) => /^ {2}([a-z][\w-]*)/.exec(line)?.[1]).filter((name): name is string => name !== undefined && name !== 'help');
}

async function everyCommand(): Promise<string[][]> {
  const found: string[][] = [];
  const queue: string[][] = [[]];
  for (let command = queue.shift(); command !== undefined; command = queue.shift()) {
    found.push(command);
    for (const name of subcommands(await help(command))) queue.push([...command, name]);
  }
  return found;
}

const tooLong = (text: string, width: number): string[] => text.split('\n').filter((line) => line.length > width);

describe('help text', () => {
  it('fits 80 columns for every command when stdout is not a terminal', async () => {
    const commands = await everyCommand();
    // The tree is walked, not listed: a new command is checked without touching this test.
    expect(commands.map((c) => c.join(' '))).toEqual(expect.arrayContaining(['', 'scan', 'policies validate', 'snapshot merge']));
    for (const command of commands) {
      expect({ command: command.join(' '), long: tooLong(await help(command), 80) }).toEqual({ command: command.join(' '), long: [] });
    }
  });

  it('wraps at a narrower terminal\'s width', async () => {
    const text = await help(['scan'], { columns: 60 });
    // Only a word that is itself too long for the column it hangs in may stick out.
    expect(tooLong(text, 60).filter((line) => /\S\s+\S/.test(line))).toEqual([]);
    expect(text).toContain('Report formats');
  });
});

describe('wrapHelp', () => {
  it('leaves short lines alone and wraps long ones at spaces, under the line\'s indentation', () => {
    expect(wrapHelp('short\n  also short', 40)).toBe('short\n  also short');
    expect(wrapHelp(`  ${'word '.repeat(12).trim()}`, 40)).toBe(`  ${'word '.repeat(7).trim()}\n  ${'word '.repeat(5).trim()}`);
  });

  it('hangs the continuation of a `term  description` item under its description', () => {
    expect(wrapHelp(`  json      ${'finding '.repeat(6).trim()}`, 40)).toBe('  json      finding finding finding\n            finding finding finding');
  });

  it('keeps a word longer than the width whole', () => {
    const url = `https://example.com/${'x'.repeat(60)}`;
    expect(wrapHelp(`see ${url} here`, 40)).toBe(`see\n${url}\nhere`);
  });
});
