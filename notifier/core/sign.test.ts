import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { newSecret, signBody, verifySignature } from './sign';

describe('webhook signatures', () => {
  it('is HMAC-SHA256 of the body, hex, checked in constant time', () => {
    const secret = newSecret();
    const body = '{"type":"escalated"}';
    expect(signBody(secret, body)).toBe(`sha256=${createHmac('sha256', secret).update(body).digest('hex')}`);
    expect(verifySignature(secret, body, signBody(secret, body))).toBe(true);
    expect(verifySignature(secret, `${body} `, signBody(secret, body))).toBe(false);
    expect(verifySignature(newSecret(), body, signBody(secret, body))).toBe(false);
    expect(verifySignature(secret, body, undefined)).toBe(false);
  });
});
