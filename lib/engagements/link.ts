/**
 * The maker <-> provider handshake, carried in links (issue #8 part 3):
 * - an **engagement request** (the wizard gives the maker a link for the provider): the chain, the registry, the
 *   engagement to sign, what the threat will be (non-confidential terms only) and how to re-create the agreement
 *   (a template's public inputs, or "bring your own signed file" with its hash);
 * - an **engagement response** (the provider's engage page gives a code back): the engagement as signed and the
 *   signature, or "accepted on chain".
 * Both are versioned JSON in base64url with a checksum, so a damaged or edited link is refused with a message
 * instead of being signed. Nothing confidential is ever put in a link (a sealed envelope travels off-band: the
 * agreement carries only its sha-256).
 */
import { sha256, stringToBytes, toHex, type Address, type Hex } from 'viem';
import { z } from 'zod';
import { canonicalJson, fromBase64Url, toBase64Url } from '../canonical';
import type { Engagement } from './typed-data';

const address = z
  .string()
  .regex(/^0x[0-9a-fA-F]{40}$/, 'an address (0x + 40 hex digits)') as unknown as z.ZodType<Address>;
const bytes32 = z
  .string()
  .regex(/^0x[0-9a-fA-F]{64}$/, 'a 32-byte hash (0x + 64 hex digits)') as unknown as z.ZodType<Hex>;
const uint = z.string().regex(/^\d+$/, 'a whole number');

const engagementJson = z.object({
  provider: address,
  maker: address,
  agreementHash: bytes32,
  minStake: uint,
  maxStake: uint,
  kinds: z.number().int().min(1).max(3),
  validUntil: z.number().int().positive(),
  uses: z.number().int().min(1),
  nonce: uint,
});

const requestJson = z.object({
  v: z.literal(1),
  type: z.literal('engagement-request'),
  chainId: z.number().int().positive(),
  registry: address,
  engagement: engagementJson,
  threat: z.object({
    kind: z.enum(['commitment', 'probabilistic']),
    terms: z.string().max(4000),
    stakeWei: uint,
    deadline: z.number().int().positive(),
    timeoutAction: z.enum(['refund', 'forfeit', 'escalate']),
    /** Per-period escalation probability in parts per 1e9 (probabilistic only). */
    pEscalate: z.number().int().min(0).max(1e9).optional(),
    periodSeconds: z.number().int().positive().optional(),
    adversary: z.string().max(200).optional(),
  }),
  /** How the provider re-creates the agreement: a template's canonical inputs (lib/agreements: re-render them
   * and compare the PDF's sha-256 with engagement.agreementHash), or a file it already holds. */
  agreement: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('template'), inputs: z.unknown() }),
    z.object({ kind: z.literal('file'), name: z.string().max(200).optional() }),
  ]),
  /** A note from the maker to the provider (optional, public). */
  note: z.string().max(1000).optional(),
});

const responseJson = z.object({
  v: z.literal(1),
  type: z.literal('engagement-response'),
  chainId: z.number().int().positive(),
  registry: address,
  engagement: engagementJson,
  /** The provider's signature, or null when it accepted the engagement on chain (acceptEngagement). */
  signature: z
    .string()
    .regex(/^0x[0-9a-fA-F]{130}$/, 'a 65-byte signature')
    .nullable(),
});

export type EngagementRequest = Omit<z.infer<typeof requestJson>, 'engagement'> & { engagement: Engagement };
export type EngagementResponse = Omit<z.infer<typeof responseJson>, 'engagement' | 'signature'> & {
  engagement: Engagement;
  signature: Hex | null;
};

/** Why a link could not be read, in words. */
export class LinkError extends Error {}

function engagementToJson(e: Engagement): z.infer<typeof engagementJson> {
  return { ...e, minStake: e.minStake.toString(), maxStake: e.maxStake.toString(), nonce: e.nonce.toString() };
}

function engagementFromJson(e: z.infer<typeof engagementJson>): Engagement {
  return { ...e, minStake: BigInt(e.minStake), maxStake: BigInt(e.maxStake), nonce: BigInt(e.nonce) };
}

/** The 8-hex-digit checksum a payload carries (the first 4 bytes of its sha-256). */
function checksum(json: string): string {
  return sha256(stringToBytes(json)).slice(2, 10);
}

function encode(value: unknown): string {
  const json = canonicalJson(value);
  return `${toBase64Url(stringToBytes(json))}.${checksum(json)}`;
}

function decode<T>(code: string, schema: z.ZodType<T>, what: string): T {
  const trimmed = code.trim().replace(/^.*#/, '');
  const dot = trimmed.lastIndexOf('.');
  if (dot <= 0)
    throw new LinkError(`This ${what} is incomplete: part of it is missing. Copy the whole link or code again.`);
  let json: string;
  try {
    const bytes = fromBase64Url(trimmed.slice(0, dot));
    if (!bytes) throw new Error('not base64url');
    json = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new LinkError(`This ${what} is damaged: it is not a Levetrage ${what}. Copy it again.`);
  }
  if (checksum(json) !== trimmed.slice(dot + 1).toLowerCase()) {
    throw new LinkError(
      `This ${what} was changed or damaged after it was made (its checksum does not match). Ask for a new one.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new LinkError(`This ${what} is damaged: it is not a Levetrage ${what}.`);
  }
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const issue = result.error.issues[0];
    throw new LinkError(
      `This ${what} has an invalid field ${issue?.path.join('.') || ''}: ${issue?.message ?? 'unknown'}.`,
    );
  }
  return result.data;
}

/** Encodes an engagement request for a link (`/engage#<code>`). */
export function encodeEngagementRequest(request: EngagementRequest): string {
  return encode({ ...request, engagement: engagementToJson(request.engagement) });
}

/** Reads an engagement request from a link or its code; throws LinkError with a message for people. */
export function decodeEngagementRequest(code: string): EngagementRequest {
  const r = decode(code, requestJson, 'engagement link');
  return { ...r, engagement: engagementFromJson(r.engagement) };
}

/** Encodes the provider's answer (signature or on-chain acceptance) for the maker. */
export function encodeEngagementResponse(response: EngagementResponse): string {
  return encode({ ...response, engagement: engagementToJson(response.engagement) });
}

/** Reads the provider's answer; throws LinkError with a message for people. */
export function decodeEngagementResponse(code: string): EngagementResponse {
  const r = decode(code, responseJson, 'engagement code');
  return { ...r, engagement: engagementFromJson(r.engagement), signature: (r.signature as Hex | null) ?? null };
}

/** A random 64-bit engagement nonce (the provider's nonces are a bitmap: collisions only cost a retry). */
export function randomNonce(): bigint {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return BigInt(toHex(bytes));
}

/** Whether two engagements are the same terms (the maker checks the provider signed what she asked). */
export function sameEngagement(a: Engagement, b: Engagement): boolean {
  return canonicalJson(engagementToJson(a)) === canonicalJson(engagementToJson(b));
}

/** The same versioned, checksummed base64url encoding for other links (the "review and fund" link, lib/funding). */
export { encode as encodeLinkPayload, decode as decodeLinkPayload };
