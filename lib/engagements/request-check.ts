/**
 * What the provider's engage page checks before it lets the provider sign an engagement request
 * (`lib/engagements/link.ts`), each problem in words: the chain and registry, the validity date, that the
 * agreement's own terms are the engagement's, the re-rendered PDF's hash, and the wallet that signs.
 */
import { isAddressEqual, type Address, type Hex } from 'viem';
import { engagementOf, isProviderAgreement } from '../agreements/engagement';
import { parseAgreementInputs, type AgreementInputs } from '../agreements/inputs';
import { formatDate } from '../format';
import type { EngagementRequest } from './link';
import { sameEngagement } from './link';

/** What the checks need to know about the app and the time. */
export interface RequestContext {
  /** Unix seconds (the chain's time when known). */
  now: number;
  /** The Levetrage registry this app knows on `chainId`, or undefined when it serves no such chain. */
  registryFor: (chainId: number) => Address | undefined;
}

/** The request's problems that need no PDF and no wallet (empty: it may be signed once the hash matches). */
export function requestProblems(req: EngagementRequest, ctx: RequestContext): string[] {
  const out: string[] = [];
  const registry = ctx.registryFor(req.chainId);
  if (!registry)
    out.push(
      `This engagement is for chain ${req.chainId}, where this app knows no Levetrage registry. Ask the maker for a link on a chain it serves.`,
    );
  else if (!isAddressEqual(registry, req.registry))
    out.push(
      `This engagement names the registry ${req.registry}, but the Levetrage registry on chain ${req.chainId} is ${registry}. Do not sign it: ask the maker for a new link.`,
    );
  if (req.engagement.validUntil <= ctx.now)
    out.push(
      `This engagement expired on ${formatDate(req.engagement.validUntil)}: it can no longer back a threat. Ask the maker for a new link.`,
    );
  if (/^0x0{64}$/.test(req.engagement.agreementHash))
    out.push('This engagement names no agreement (its hash is all zeros): ask the maker for a new link.');
  if (req.agreement.kind === 'template') {
    const parsed = templateInputsOf(req);
    if (typeof parsed === 'string') out.push(parsed);
  }
  return out;
}

/**
 * The request's template inputs, validated, and checked to name exactly the engagement to sign; a sentence
 * when they do not. Not for a "file" request.
 */
export function templateInputsOf(req: EngagementRequest): AgreementInputs | string {
  if (req.agreement.kind !== 'template') return 'This engagement’s agreement is a file, not a template.';
  const parsed = parseAgreementInputs(req.agreement.inputs);
  if (!parsed.ok)
    return `The agreement in this link is not valid: ${parsed.problems.map((p) => (p.path ? `${p.path}: ${p.message}` : p.message)).join(' ')}`;
  const inputs = parsed.inputs;
  if (!isProviderAgreement(inputs)) return 'The agreement in this link is not a provider’s agreement.';
  const t = inputs.onchain;
  if (t.chainId !== req.chainId || !isAddressEqual(t.registry as Address, req.registry))
    return 'The agreement names another chain or registry than the engagement: do not sign it.';
  if (!sameEngagement(engagementOf(inputs, req.engagement.agreementHash), req.engagement))
    return 'The agreement’s terms (provider, maker, stakes, kinds, validity, uses or nonce) differ from the engagement you are asked to sign: do not sign it.';
  return inputs;
}

/** Compares the sha-256 of the PDF the provider re-rendered (or holds) with the engagement's agreement hash. */
export function agreementHashProblem(expected: Hex, actual: Hex): string | null {
  return expected.toLowerCase() === actual.toLowerCase()
    ? null
    : `The agreement’s hash does not match: the engagement names ${expected}, but the PDF has ${actual}. Someone changed the agreement or the link: do not sign it.`;
}

/** Why the connected wallet cannot sign this engagement, or null when it can. */
export function walletProblem(req: EngagementRequest, wallet: { address?: Address; chainId?: number }): string | null {
  if (!wallet.address) return 'Connect the provider’s wallet to sign or accept this engagement.';
  if (!isAddressEqual(wallet.address, req.engagement.provider))
    return `Your wallet is ${wallet.address}, but this engagement is for the provider ${req.engagement.provider}: connect that account.`;
  if (wallet.chainId !== undefined && wallet.chainId !== req.chainId)
    return `Your wallet is on chain ${wallet.chainId}, but this engagement is for chain ${req.chainId}: switch networks first.`;
  return null;
}
