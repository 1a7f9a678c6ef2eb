/**
 * The render route's URL of an agreement (download the PDF). The engagement request a maker sends a provider,
 * which carries the canonical inputs, is lib/engagements/link.ts. The inputs hold nothing confidential: a PR
 * brief carries only its envelope's sha-256.
 */
import { encodeInputs, type AgreementInputs } from './inputs';

/** The render route (app/api/agreements/render/route.ts). */
export const RENDER_PATH = '/api/agreements/render';

/** GET link of the PDF: `/api/agreements/render?inputs=<base64url>` (`&download=1` for an attachment). */
export function renderLink(inputs: AgreementInputs, opts: { download?: boolean; origin?: string } = {}): string {
  const origin = (opts.origin ?? '').replace(/\/$/, '');
  return `${origin}${RENDER_PATH}?inputs=${encodeInputs(inputs)}${opts.download ? '&download=1' : ''}`;
}
