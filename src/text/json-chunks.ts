/**
 * `JSON.stringify(document, null, 2) + '\n'`, produced in pieces. A findings
 * document or snapshot of a million resources is larger than the longest
 * string V8 can hold (about 512 MB), so the big top-level lists are written
 * element by element; everything else is stringified whole. The bytes are
 * exactly those JSON.stringify would give, so output stays deterministic and
 * a test can compare the two.
 */

/**
 * Elements per yielded piece: enough that the per-piece cost vanishes, few enough that a
 * piece (about 1.4 KB a finding) stays under V8's large-object size (128 KB). Larger strings
 * are allocated in old space, and writing gigabytes of them forced a full collection of a
 * heap holding a million resources again and again.
 */
const BATCH = 32;

const indentBy = (text: string, indent: string): string => text.replaceAll('\n', `\n${indent}`);


export function* jsonChunks(document: Readonly<Record<string, unknown>>, streamedKeys: ReadonlySet<string>): Generator<string> {
  // JSON.stringify leaves out keys whose value is undefined, a function or a symbol.
  const keys = Object.keys(document).filter((key) => {
    const value = document[key];
    return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
  });
  if (keys.length === 0) {
    yield '{}\n';
    return;
  }
  yield '{';
  for (const [position, key] of keys.entries()) {
    const value = document[key];
    const head = `${position === 0 ? '' : ','}\n  ${JSON.stringify(key)}: `;
    if (!streamedKeys.has(key) || !Array.isArray(value) || value.length === 0) {
      yield head + indentBy(JSON.stringify(value, null, 2), '  ');
      continue;
    }
    yield `${head}[`;
    for (let start = 0; start < value.length; start += BATCH) {
      // Stringified inside a one-key object, a batch comes out indented exactly as it sits in the
      // document; the wrapper's own first and last lines are cut off. One native call per batch.
      const wrapped = JSON.stringify({ [key]: value.slice(start, start + BATCH) }, null, 2);
      const body = wrapped.slice(`{\n  ${JSON.stringify(key)}: [`.length, wrapped.length - '\n  ]\n}'.length);
      yield start === 0 ? body : `,${body}`;
    }
    yield '\n  ]';
  }
  yield '\n}\n';
}
