import type { Readable } from 'node:stream';

/*
 * Lines of a stream with a bound on each: a line longer than `maxBytes` is
 * never held, only counted and skipped to its end, so one hostile row (80 MB
 * of `[1,1,…]`) costs neither memory nor a parse. readline would buffer the
 * whole line first.
 */

export type BoundedLine = { line: string; bytes: number } | { tooLong: true; bytes: number };

export async function* boundedLines(input: Readable, maxBytes: number): AsyncGenerator<BoundedLine> {
  let parts: Buffer[] = [];
  let held = 0;
  let skipping = false;
  let skipped = 0;
  const finish = (): BoundedLine => {
    if (skipping) {
      const out: BoundedLine = { tooLong: true, bytes: skipped };
      skipping = false;
      skipped = 0;
      return out;
    }
    let buf = Buffer.concat(parts, held);
    if (buf.length > 0 && buf[buf.length - 1] === 0x0d) buf = buf.subarray(0, buf.length - 1); // CRLF
    parts = [];
    held = 0;
    return { line: buf.toString('utf8'), bytes: buf.length };
  };
  for await (const chunk of input as AsyncIterable<Buffer | string>) {
    let data = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    while (data.length > 0) {
      const nl = data.indexOf(0x0a);
      const piece = nl === -1 ? data : data.subarray(0, nl);
      if (skipping) skipped += piece.length;
      else if (held + piece.length > maxBytes) {
        skipping = true;
        skipped = held + piece.length;
        parts = [];
        held = 0;
      } else {
        parts.push(Buffer.from(piece));
        held += piece.length;
      }
      if (nl === -1) break;
      yield finish();
      data = data.subarray(nl + 1);
    }
  }
  if (skipping || held > 0) yield finish();
}
