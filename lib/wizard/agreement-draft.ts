/**
 * The wizard's agreement draft (step 3, Escalation): a provider template filled from the wizard's data, or a
 * signed file the maker brings; the engagement it asks the provider to sign; and the engagement request link
 * for the provider (lib/engagements/link.ts). Kept in the form as one JSON string (`agreementDraft`) so it lives
 * in the saved draft. No React.
 */
import { getAddress, isAddress, type Address, type Hex } from 'viem';
import { draftInputs } from '../agreements/draft';
import { TEMPLATES } from '../agreements/registry';
import type { TemplateId } from '../agreements/types';
import { encodeEngagementRequest, randomNonce, type EngagementRequest } from '../engagements/link';
import { KIND_BITS, type Engagement } from '../engagements/typed-data';
import type { WizardValues } from './types';
import { deadlineSeconds, parseStakeWei, percentToParts, periodSeconds } from './units';

/** Provider templates the wizard offers (the oracle engagement is the resolution step's). */
export const PROVIDER_TEMPLATES = ['law-firm-retainer', 'pr-campaign-brief'] as const satisfies readonly TemplateId[];
export type ProviderTemplateId = (typeof PROVIDER_TEMPLATES)[number];

export interface AgreementDraft {
  mode: 'template' | 'file';
  template: ProviderTemplateId;
  /** The template's own fields, as typed (validated by the render route / parseAgreementInputs). */
  fields: Record<string, unknown>;
  /** The smallest stake the provider acts on, in ETH. */
  minStakeEth: string;
  /** Days from now the provider's engagement stays valid (for creating the threat). */
  validDays: string;
  /** The engagement's nonce (decimal), drawn once per draft. */
  nonce: string;
  /** When the draft was started (unix seconds): the agreement's date, and the validity counts from it. */
  createdAt: number;
}

/** Where the wizard is: the chain and registry it creates on, the maker's wallet and the time (the request's
 * fallback deadline). */
export interface DraftContext {
  chainId: number;
  registry: Address;
  maker: Address;
  now: number;
}

/** A new draft of `template`, its defaults with what the wizard already knows (the adversary's name). */
export function newAgreementDraft(
  template: ProviderTemplateId,
  v: Pick<WizardValues, 'adversaryName' | 'stakeEth'>,
  now: number,
): AgreementDraft {
  const fields: Record<string, unknown> = { ...TEMPLATES[template].defaults };
  if (v.adversaryName.trim().length >= 2) fields.adversaryName = v.adversaryName.trim();
  return {
    mode: 'template',
    template,
    fields,
    minStakeEth: v.stakeEth.trim() && parseStakeWei(v.stakeEth) ? v.stakeEth.trim() : '0.01',
    validDays: '30',
    nonce: randomNonce().toString(),
    createdAt: now,
  };
}

/** Reads the form's `agreementDraft` string; null when empty or not a draft. */
export function parseAgreementDraft(raw: string): AgreementDraft | null {
  if (!raw.trim()) return null;
  try {
    const d = JSON.parse(raw) as AgreementDraft;
    if ((d.mode !== 'template' && d.mode !== 'file') || !PROVIDER_TEMPLATES.includes(d.template)) return null;
    if (typeof d.fields !== 'object' || d.fields === null || !/^\d+$/.test(d.nonce)) return null;
    if (!Number.isInteger(d.createdAt) || d.createdAt <= 0) return null;
    return d;
  } catch {
    return null;
  }
}

/** The engagement's validity end: `validDays` days (at least one) from the draft's start. */
function validUntil(d: AgreementDraft): number {
  const days = Math.max(1, Math.min(3650, Math.floor(Number(d.validDays) || 30)));
  return d.createdAt + days * 86_400;
}

/** The kinds of threat the engagement accepts: the wizard's kind (both when not chosen yet). */
function kindNames(kind: WizardValues['kind']): ('commitment' | 'probabilistic')[] {
  return kind === '' ? ['commitment', 'probabilistic'] : [kind];
}

/** The smallest stake in wei, or a sentence. */
export function minStakeWei(d: AgreementDraft): bigint | string {
  const wei = parseStakeWei(d.minStakeEth);
  if (wei === null || wei === 0n)
    return 'Enter the smallest stake the provider acts on, in ETH (more than 0), e.g. 0.5.';
  return wei;
}

/** The on-chain terms of the draft (the engagement without its agreement hash), as template `onchain`. */
function onchainTerms(d: AgreementDraft, v: WizardValues, ctx: DraftContext, minStake: bigint) {
  return {
    chainId: ctx.chainId,
    registry: ctx.registry,
    maker: ctx.maker,
    provider: v.provider.trim(),
    nonce: d.nonce,
    minStake: minStake.toString(),
    maxStake: '0',
    kinds: kindNames(v.kind),
    validUntil: validUntil(d),
    uses: 1,
  };
}

/** The raw template inputs of a template draft (validate with parseAgreementInputs or the render route). */
export function draftToInputs(d: AgreementDraft, v: WizardValues, ctx: DraftContext): Record<string, unknown> {
  const min = minStakeWei(d);
  return draftInputs(d.template, {
    date: new Date(d.createdAt * 1000).toISOString().slice(0, 10),
    onchain: onchainTerms(d, v, ctx, typeof min === 'bigint' ? min : 0n),
    fields: d.fields,
  });
}

/** The engagement the provider is asked to sign for the agreement with sha-256 `agreementHash`. */
export function draftEngagement(d: AgreementDraft, v: WizardValues, ctx: DraftContext, agreementHash: Hex): Engagement {
  const min = minStakeWei(d);
  const kinds = kindNames(v.kind).reduce((b, k) => b | KIND_BITS[k], 0);
  const provider = v.provider.trim();
  return {
    // checksummed, as the template's parsed inputs name it (the engage page compares the two)
    provider: (isAddress(provider, { strict: false }) ? getAddress(provider) : provider) as Address,
    maker: getAddress(ctx.maker),
    agreementHash,
    minStake: typeof min === 'bigint' ? min : 0n,
    maxStake: 0n,
    kinds,
    validUntil: validUntil(d),
    uses: 1,
    nonce: BigInt(d.nonce),
  };
}

/**
 * The engagement request for the provider: the engagement, the threat's non-confidential terms as planned so far,
 * and how to re-create the agreement (the template's inputs, or the name of the file the maker sends). Never a
 * sealed envelope: a PR brief holds only its sha-256.
 */
export function buildEngagementRequest(p: {
  draft: AgreementDraft;
  values: WizardValues;
  ctx: DraftContext;
  agreementHash: Hex;
  /** The parsed inputs the PDF was rendered from (template mode). */
  inputs?: unknown;
}): EngagementRequest {
  const v = p.values;
  const deadline = deadlineSeconds(v.deadline);
  const pe = percentToParts(v.pEscalatePct);
  const period = periodSeconds(v.periodValue, v.periodUnit);
  const probabilistic = v.kind === 'probabilistic';
  return {
    v: 1,
    type: 'engagement-request',
    chainId: p.ctx.chainId,
    registry: p.ctx.registry,
    engagement: draftEngagement(p.draft, v, p.ctx, p.agreementHash),
    threat: {
      kind: probabilistic ? 'probabilistic' : 'commitment',
      terms: v.terms.trim().slice(0, 4000),
      stakeWei: (parseStakeWei(v.stakeEth) ?? 0n).toString(),
      deadline: Number.isFinite(deadline) && deadline > 0 ? deadline : p.ctx.now,
      timeoutAction: v.timeoutAction === '' ? 'refund' : v.timeoutAction,
      ...(probabilistic && Number.isFinite(pe) && pe >= 0 && pe <= 1e9 ? { pEscalate: pe } : {}),
      ...(probabilistic && Number.isFinite(period) && period > 0 ? { periodSeconds: period } : {}),
      ...(v.adversaryName.trim() ? { adversary: v.adversaryName.trim().slice(0, 200) } : {}),
    },
    agreement:
      p.draft.mode === 'template'
        ? { kind: 'template', inputs: p.inputs }
        : { kind: 'file', ...(v.agreementFileName ? { name: v.agreementFileName.slice(0, 200) } : {}) },
  };
}

/** The provider's link: `<origin>/engage#<code>` (the code stays in the fragment: never sent to a server). */
export function engagementRequestLink(origin: string, request: EngagementRequest): string {
  return `${origin.replace(/\/$/, '')}/engage#${encodeEngagementRequest(request)}`;
}
