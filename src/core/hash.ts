import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * JSON with object keys sorted at every level, so that the same rules hash the
 * same however a file orders its keys. (Synchronous, so WebCrypto's async
 * digest does not fit `loadPolicy`.)
 */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const keys = Object.keys(value).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
}

// Node's own SHA-256 where the host has one (Node ≥ 20.16 hands builtins out
// synchronously): the same digest, without hashing the whole rule set in
// not-yet-optimised JavaScript. Browsers use @noble/hashes. Looked up on the
// first hash, not at import: loading node:crypto takes milliseconds, and
// loadPolicy on the bundled rules hashes nothing (their hashes are precomputed).
type NodeCrypto = { createHash(algorithm: 'sha256'): { update(text: string, encoding: 'utf8'): { digest(encoding: 'hex'): string } } };
let nodeCrypto: NodeCrypto | null | undefined;

function hostCrypto(): NodeCrypto | null {
  if (nodeCrypto === undefined) {
    const host = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
    nodeCrypto = typeof host?.getBuiltinModule === 'function' ? ((host.getBuiltinModule('node:crypto') as NodeCrypto | undefined) ?? null) : null;
  }
  return nodeCrypto;
}

export function sha256Hex(text: string): string {
  const crypto = hostCrypto();
  if (crypto) return `sha256:${crypto.createHash('sha256').update(text, 'utf8').digest('hex')}`;
  return `sha256:${bytesToHex(sha256(utf8ToBytes(text)))}`;
}

export interface PolicyHashes {
  rulesHash: string;
  guidelineHash: string;
}

/**
 * What a policy reports as its provenance: the hash of its guideline, and the
 * hash of the rules it was built from (the policy file, the clause files in
 * canonical order so that file order does not matter, the guideline, the
 * vocabulary). One
 * formula for loadPolicy and for scripts/bundle-rules.mjs, which hashes the
 * bundled years ahead of time.
 */
export function policyHashes(raw: { policy: unknown; clauses: readonly unknown[]; vocabulary?: unknown }, guidelineRaw: unknown): PolicyHashes {
  const guidelineHash = sha256Hex(canonicalJson(guidelineRaw));
  const rulesHash = sha256Hex(
    canonicalJson({
      policy: raw.policy,
      // each clause's canonical text made once, not twice per comparison
      clauses: raw.clauses
        .map((c) => ({ c, key: canonicalJson(c) }))
        .sort((a, b) => (a.key < b.key ? -1 : 1))
        .map(({ c }) => c),
      guideline: guidelineRaw,
      // The vocabulary decides what an application may say: rules with another one are other rules.
      vocabulary: raw.vocabulary ?? null,
    }),
  );
  return { rulesHash, guidelineHash };
}
