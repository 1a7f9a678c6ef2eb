/** Checks the "attach evidence" inputs (issue #9): a link and, optionally, the document's hash. Pure. */
import { isHex, keccak256, toHex, zeroHash, type Hex } from 'viem';

/** The most characters of an evidence link (it is stored in an event, so keep it short). */
export const MAX_EVIDENCE_URI = 500;

/** The link and the hash to record, or what is wrong, in words. Without a hash, the link's keccak-256 is used. */
export function evidenceInput(
  uri: string,
  hash: string,
): { ok: true; uri: string; hash: Hex } | { ok: false; error: string } {
  const u = uri.trim();
  if (!u) return { ok: false, error: 'Enter a link to the evidence (ipfs://…, ar://… or https://…).' };
  if (u.length > MAX_EVIDENCE_URI) return { ok: false, error: `Keep the link under ${MAX_EVIDENCE_URI} characters.` };
  if (!/^(ipfs|ar|https?):\/\/\S+$/i.test(u))
    return { ok: false, error: 'The link must start with ipfs://, ar://, https:// or http:// and contain no spaces.' };
  const h = hash.trim();
  if (!h) return { ok: true, uri: u, hash: keccak256(toHex(u)) };
  if (!isHex(h) || h.length !== 66)
    return { ok: false, error: 'The hash must be 0x followed by 64 hex digits, or left empty.' };
  if (h.toLowerCase() === zeroHash) return { ok: false, error: 'The hash cannot be all zeros.' };
  return { ok: true, uri: u, hash: h as Hex };
}
