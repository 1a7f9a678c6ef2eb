/**
 * The "review and fund" link (white paper section 3.2, Levetrage as a service): a professional prepares every
 * field of the wizard (template, engagement, odds, the client as beneficiary) and sends the client a link; the
 * client opens it, reviews the check-your-answers page and signs the create with their own wallet. The link
 * carries the wizard's values as checksummed base64url (lib/engagements/link.ts encoding), nothing confidential:
 * the agreement travels only as its sha-256, the engagement as the provider's signature for the client's address.
 */
import { getAddress, isAddress } from 'viem';
import { z } from 'zod';
import { decodeLinkPayload, encodeLinkPayload, LinkError } from '../engagements/link';
import { valuesFrom } from '../wizard/storage';
import type { WizardValues } from '../wizard/types';

export { LinkError };

const payload = z.object({
  v: z.literal(1),
  type: z.literal('review-and-fund'),
  chainId: z.number().int().positive(),
  /** The professional who prepared it. */
  preparedBy: z.string().regex(/^0x[0-9a-fA-F]{40}$/),
  values: z.record(z.string(), z.unknown()),
});

/** What a fund link carries. */
export interface FundLink {
  chainId: number;
  preparedBy: `0x${string}`;
  /** The wizard's values as the client will sign them (the client as beneficiary, no "prepare a link" mode). */
  values: WizardValues;
}

/** The values a client signs: the professional's, with the professional recorded and the link mode off. */
export function clientValues(v: WizardValues, preparedBy: string): WizardValues {
  return { ...v, forClient: 'no', preparedBy: getAddress(preparedBy) };
}

/** Encodes the link's payload (the part after `/fund#`). */
export function encodeFundLink(link: FundLink): string {
  return encodeLinkPayload({
    v: 1,
    type: 'review-and-fund',
    chainId: link.chainId,
    preparedBy: getAddress(link.preparedBy),
    values: clientValues(link.values, link.preparedBy),
  });
}

/** The whole link on `origin`. The payload is in the fragment: it never reaches a server log. */
export function fundLinkUrl(origin: string, link: FundLink): string {
  return `${origin.replace(/\/$/, '')}/fund#${encodeFundLink(link)}`;
}

/** Decodes a fund link (or its payload); throws a LinkError in words when it is damaged or not a fund link. */
export function decodeFundLink(code: string): FundLink {
  const p = decodeLinkPayload(code, payload, 'review-and-fund link');
  if (!isAddress(p.preparedBy)) throw new LinkError('This review-and-fund link names no valid professional.');
  return {
    chainId: p.chainId,
    preparedBy: getAddress(p.preparedBy),
    values: clientValues(valuesFrom(p.values), p.preparedBy),
  };
}
