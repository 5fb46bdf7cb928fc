import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** Random bytes in a token's secret part (256 bits) and in a session id. */
const SECRET_BYTES = 32;
const ID_BYTES = 8;
/** "es1_<16 hex id>.<43 base64url secret>": the id finds the record, the whole token is hashed. */
const TOKEN_RE = /^es1_([0-9a-f]{16})\.([A-Za-z0-9_-]{43})$/;
/** Longest credential string looked at (anything longer is refused before hashing). */
export const CREDENTIAL_MAX_CHARS = 512;

export interface NewToken { id: string; token: string; hash: string }

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A new high-entropy token: shown once, stored only as its sha256. */
export function newToken(): NewToken {
  const id = randomBytes(ID_BYTES).toString('hex');
  const token = `es1_${id}.${randomBytes(SECRET_BYTES).toString('base64url')}`;
  return { id, token, hash: sha256(token) };
}

/** The record id inside a token, or null when the string is not shaped like one of ours. */
export function tokenId(token: string): string | null {
  const m = TOKEN_RE.exec(token);
  return m ? m[1] : null;
}

/** Constant-time comparison of two hex digests. */
export function sameHash(a: string, b: string): boolean {
  const x = Buffer.from(a, 'hex');
  const y = Buffer.from(b, 'hex');
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

/** A session id for the cookie: random, only its sha256 is stored. */
export function newSessionId(): string {
  return randomBytes(SECRET_BYTES).toString('base64url');
}
