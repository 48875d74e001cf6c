/**
 * The fenced code blocks of a Markdown file, as CommonMark reads them: an
 * opening fence of three or more backticks or tildes indented at most three
 * spaces, an info string whose first word is the language, and the block up
 * to a closing fence of the same character at least as long (or the end of
 * the file). Each block keeps the line of its opening fence, so a test can
 * point at the place in the document.
 */

export interface FencedBlock {
  readonly file: string;
  /** 1-based line of the opening fence; the block's first line is line + 1. */
  readonly line: number;
  /** The info string's first word: `sh`, `yaml`, or '' for none. */
  readonly lang: string;
  readonly text: string;
}

const OPENING = /^( {0,3})(`{3,}|~{3,})(.*)$/;

export function fencedBlocks(file: string, markdown: string): FencedBlock[] {
  const lines = markdown.split('\n');
  const blocks: FencedBlock[] = [];
  for (let i = 0; i < lines.length; i += 1) {
    const open = OPENING.exec(lines[i] ?? '');
    if (open === null) continue;
    const [, indent = '', fence = '', info = ''] = open;
    // A backtick fence's info string may not contain backticks (it would be inline code).
    if (fence.startsWith('`') && info.includes('`')) continue;
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !closing.test(lines[j] ?? ''); j += 1) {
      // Content lines lose up to as many leading spaces as the fence was indented.
      body.push((lines[j] ?? '').replace(new RegExp(`^ {0,${indent.length}}`), ''));
    }
    blocks.push({ file, line: i + 1, lang: info.trim().split(/\s+/)[0] ?? '', text: body.length === 0 ? '' : `${body.join('\n')}\n` });
    i = j;
  }
  return blocks;
}
