/** Sizes for the Markdown report's byte budget: GitHub counts a step summary in UTF-8 bytes. */

/** At most `max` characters (code points, so no surrogate pair is split), with an ellipsis when cut. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  const chars = Array.from(value);
  return chars.length <= max ? value : `${chars.slice(0, max - 1).join('')}…`;
}

/** UTF-8 length without encoding: the budget is in bytes, as GitHub counts them. */
export function utf8Length(value: string): number {
  let bytes = 0;
  for (let i = 0; i < value.length; i += 1) {
    const unit = value.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < value.length) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) { bytes += 4; i += 1; } else bytes += 3;
    } else bytes += 3; // the rest of the BMP; a lone surrogate is written as U+FFFD, also 3 bytes
  }
  return bytes;
}
