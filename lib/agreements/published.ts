/**
 * The agreement a maker chose to publish with a threat (server-only: it re-renders the PDF): an `Evidence` the
 * maker attached whose hash is the threat's agreement hash and whose URI holds the template inputs (a
 * `data:application/json;base64,` URI, or one of the demo agreements under /demo-agreements/). The inputs are
 * re-rendered and kept only when the PDF's sha-256 is the agreement hash on chain; the adversary's page then shows
 * its public clauses (the confidential ones stay out).
 */
import type { Address, Hex } from 'viem';
import { DEMO_AGREEMENT_FILES, demoAgreementInputs, type DemoAgreementKey } from './demo';
import { publicClauses } from './fill';
import { fromBase64Url } from '../canonical';
import { renderAgreement } from './pdf/render';
import type { Section } from './types';

/** What the public page shows of a published agreement. */
export interface PublishedAgreement {
  title: string;
  templateId: string;
  sections: Section[];
  uri: string;
}

/** The template inputs a published URI holds, or null. */
export function inputsFromUri(uri: string, target: { chainId: number; registry: Address }): unknown {
  const data = /^data:application\/json;base64,([A-Za-z0-9+/=_-]+)$/.exec(uri);
  if (data) {
    const bytes = fromBase64Url(data[1].replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
    if (!bytes) return null;
    try {
      return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    } catch {
      return null;
    }
  }
  const demo = /^\/demo-agreements\/([a-z0-9-]+\.json)$/.exec(uri);
  if (demo) {
    const key = (Object.keys(DEMO_AGREEMENT_FILES) as DemoAgreementKey[]).find(
      (k) => DEMO_AGREEMENT_FILES[k] === demo[1],
    );
    if (!key) return null;
    try {
      return demoAgreementInputs(key, target);
    } catch {
      return null;
    }
  }
  return null;
}

/** The published agreement of a threat, verified against its agreement hash; null when none is. */
export async function publishedAgreement(t: {
  chainId: number;
  registry: Address;
  maker: Address;
  agreementHash: Hex;
  evidence: readonly { submitter: Address; role: string; evidenceHash: Hex; uri: string }[];
}): Promise<PublishedAgreement | null> {
  for (const ev of t.evidence) {
    if (ev.role !== 'maker' || ev.evidenceHash.toLowerCase() !== t.agreementHash.toLowerCase()) continue;
    const raw = inputsFromUri(ev.uri, t);
    if (!raw) continue;
    const rendered = await renderAgreement(raw).catch(() => null);
    if (!rendered || rendered.sha256.toLowerCase() !== t.agreementHash.toLowerCase()) continue;
    return {
      title: rendered.document.title,
      templateId: rendered.inputs.template,
      sections: publicClauses(rendered.document),
      uri: ev.uri,
    };
  }
  return null;
}
