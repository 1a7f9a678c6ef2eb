/**
 * Links that carry an agreement: the render route's URL (download the PDF) and the engagement request a
 * maker sends a provider (the canonical inputs and the agreement hash, in the URL fragment so no server or
 * log ever sees them). The inputs hold nothing confidential: a PR brief carries only its envelope's sha-256.
 */
import type { Hex } from 'viem';
import { decodeInputs, encodeInputs, type AgreementInputs } from './inputs';
import type { FieldProblem } from './types';

/** The render route (app/api/agreements/render/route.ts). */
export const RENDER_PATH = '/api/agreements/render';

/** GET link of the PDF: `/api/agreements/render?inputs=<base64url>` (`&download=1` for an attachment). */
export function renderLink(inputs: AgreementInputs, opts: { download?: boolean; origin?: string } = {}): string {
  const origin = (opts.origin ?? '').replace(/\/$/, '');
  return `${origin}${RENDER_PATH}?inputs=${encodeInputs(inputs)}${opts.download ? '&download=1' : ''}`;
}

/** The fragment of an engagement request link (without `#`): `agreement=<base64url>&sha256=<0x…>`. */
export function engagementRequestFragment(inputs: AgreementInputs, agreementHash: Hex): string {
  return `agreement=${encodeInputs(inputs)}&sha256=${agreementHash.toLowerCase()}`;
}

export type EngagementRequest = { ok: true; inputs: AgreementInputs; agreementHash: Hex } | { ok: false; problems: FieldProblem[] };

/**
 * Reads an engagement request fragment (with or without `#`). The caller must still re-render the inputs
 * (POST them to the render route) and compare the PDF's sha-256 with `agreementHash` before trusting it.
 */
export function parseEngagementRequestFragment(fragment: string): EngagementRequest {
  const params = new URLSearchParams(fragment.replace(/^#/, ''));
  const encoded = params.get('agreement');
  const hash = (params.get('sha256') ?? '').toLowerCase();
  const problems: FieldProblem[] = [];
  if (!encoded) problems.push({ path: 'agreement', message: 'The link has no agreement in it; ask the maker for the whole link.' });
  if (!/^0x[0-9a-f]{64}$/.test(hash)) problems.push({ path: 'sha256', message: 'The link has no valid agreement hash (0x followed by 64 hex digits).' });
  if (problems.length || !encoded) return { ok: false, problems };
  const parsed = decodeInputs(encoded);
  if (!parsed.ok) return parsed;
  return { ok: true, inputs: parsed.inputs, agreementHash: hash as Hex };
}
