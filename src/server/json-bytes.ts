/*
 * A JSON response body as bytes: exactly Buffer.from(text, 'utf8'), made in
 * one encoding pass. A Decision is 14–18 KB of UTF-8, mostly Chinese, so its
 * JSON is a two-byte JS string. Sent as a string, Fastify measured its UTF-8
 * length for Content-Length (a full scan) and the socket then encoded it
 * (bench/service-parts.mjs, Node 20: 26.8 µs together, against 16.0 µs for
 * encoding into a buffer that is already there and copying the bytes out).
 * Fastify sends a Buffer as it is, its length already known.
 */

/** Enough for any single Decision; a larger body gets a buffer of its own. */
const SCRATCH_BYTES = 256 * 1024;
let scratch: Buffer | undefined;

/** The UTF-8 bytes of a JSON text. */
export function utf8Bytes(json: string): Buffer {
  // A UTF-16 code unit is at most 3 bytes of UTF-8 (a surrogate pair, 2 units, is 4).
  if (json.length * 3 > SCRATCH_BYTES) return Buffer.from(json, 'utf8');
  scratch ??= Buffer.allocUnsafe(SCRATCH_BYTES);
  const n = scratch.write(json, 0, 'utf8');
  const out = Buffer.allocUnsafe(n);
  scratch.copy(out, 0, 0, n);
  return out;
}
