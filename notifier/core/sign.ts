// Webhook signatures: HMAC-SHA256 over the exact body bytes with the subscription's secret, sent as
// `X-Levetrage-Signature: sha256=<hex>`. A receiver recomputes it and compares in constant time.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_HEADER = 'x-levetrage-signature';

export const newSecret = () => `whsec_${randomBytes(24).toString('base64url')}`;
export const newToken = () => randomBytes(24).toString('base64url');

export function signBody(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

/** Whether `signature` (the header's value) is the HMAC of `body` under `secret`. */
export function verifySignature(secret: string, body: string, signature: string | null | undefined): boolean {
  if (!signature) return false;
  const expected = Buffer.from(signBody(secret, body));
  const got = Buffer.from(signature);
  return expected.length === got.length && timingSafeEqual(expected, got);
}
