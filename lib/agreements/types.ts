/**
 * The structured agreement a template fills (no React, no PDF): sections of numbered clauses, each marked
 * public or confidential, plus the facts table that names the chain, the registry and the on-chain terms.
 * `pdf/document.tsx` lays it out; the adversary's page shows only its public clauses (`publicClauses`).
 */

/** Who may read a clause: `public` may be published (the threat's public page); `confidential` stays between the parties. */
export type Visibility = 'public' | 'confidential';

/** One clause. `fixed` clauses (the trigger, the legal clauses) are always public: the maker cannot hide them. */
export interface Clause {
  /** Stable id within the template (the maker's `confidential` list names optional clauses by it). */
  id: string;
  title: string;
  /** Paragraphs, in order. */
  paragraphs: string[];
  /** A bulleted list after the paragraphs (evidence that counts, channels...). */
  items?: string[];
  visibility: Visibility;
  fixed: boolean;
}

/** A numbered section of clauses. */
export interface Section {
  id: string;
  title: string;
  clauses: Clause[];
}

/** One row of a facts table (label: value); `mono` values are addresses, hashes and raw numbers. */
export interface Fact {
  label: string;
  value: string;
  mono?: boolean;
}

/** A signature block: who signs, in which capacity, with which account. */
export interface Signatory {
  role: string;
  name: string;
  account: string;
}

/** A filled template: everything the PDF shows, already worded. Deterministic for the same inputs. */
export interface AgreementDocument {
  templateId: string;
  templateVersion: number;
  title: string;
  subtitle: string;
  /** The agreement's date: ISO day and words ("2026-12-01 (Tuesday 1 December 2026)"). */
  dated: string;
  /** The opening paragraph naming the parties. */
  preamble: string;
  /** Title of section 1, the facts: "The engagement" (providers) or "The terms on chain" (oracles). */
  factsTitle: string;
  /** The on-chain terms that identify the engagement (or, for an oracle, the threats covered). */
  facts: Fact[];
  /** Says how the `engagementId` is derived from these terms and the document's own sha-256. */
  factsNote: string;
  sections: Section[];
  signatories: Signatory[];
  /** sha-256 of the canonical inputs JSON (0x hex): lets a holder of the inputs check they have the right ones. */
  inputsSha256: `0x${string}`;
  /** The closing note: how anyone re-renders this document and checks its hash. */
  colophon: string[];
  /** Short text repeated in every page footer. */
  footer: string;
  /** PDF metadata. */
  meta: { title: string; author: string; subject: string; keywords: string };
}

/** Template ids, one module each under `lib/agreements/`. */
export type TemplateId = 'law-firm-retainer' | 'pr-campaign-brief' | 'oracle-engagement';

/** A field problem: dotted path into the inputs JSON and a message that says what to do. */
export interface FieldProblem {
  path: string;
  message: string;
}
