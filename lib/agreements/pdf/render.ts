/**
 * Renders an agreement to PDF bytes, byte for byte deterministic for the same inputs (server-only; Node).
 *
 * Why `@react-pdf/renderer` (4.9.0, pinned exactly): it lays out and paginates from a component tree in plain
 * JavaScript (pdfkit underneath) with no browser, no font files and no network; with the creation and
 * modification dates set, its output depends on nothing but the tree: the trailer /ID is an md5 of the
 * metadata, objects are numbered in order, and the standard fonts' metrics are built in. The golden hashes in
 * `lib/agreements/demo.test.ts` fail if an upgrade changes any byte (then bump the templates' versions).
 */
import { sha256, type Hex } from 'viem';
import { fillAgreement } from '../fill';
import { assertAgreementInputs, inputsSha256, type AgreementInputs } from '../inputs';
import { dayStartSeconds } from '../fields';
import type { AgreementDocument } from '../types';
import { agreementPdfElement } from './document';

/** The renderer version the bytes are pinned to. */
export const REACT_PDF_VERSION = '4.9.0';

type ReactPdf = typeof import('@react-pdf/renderer');
let reactPdf: Promise<ReactPdf> | null = null;

/** Loads `@react-pdf/renderer` once (an ESM-only package: a dynamic import works from CJS and ESM alike). */
function loadReactPdf(): Promise<ReactPdf> {
  reactPdf ??= import('@react-pdf/renderer').then((m) => {
    // Some loaders wrap an ESM namespace as `default`.
    const mod = (
      typeof m.renderToBuffer === 'function' ? m : (m as unknown as { default: ReactPdf }).default
    ) as ReactPdf;
    if (mod.version !== REACT_PDF_VERSION)
      throw new Error(
        `@react-pdf/renderer ${mod.version} is installed but agreements are pinned to ${REACT_PDF_VERSION}: the PDF bytes, and so the agreement hashes, would differ. Run npm ci.`,
      );
    return mod;
  });
  return reactPdf;
}

/** The agreement hash of PDF bytes: sha-256, 0x-prefixed lowercase hex (the contract's bytes32). */
export function agreementHash(bytes: Uint8Array): Hex {
  return sha256(bytes);
}

/** What `renderAgreement` returns. */
export interface RenderedAgreement {
  inputs: AgreementInputs;
  document: AgreementDocument;
  bytes: Uint8Array;
  /** sha-256 of `bytes`: the agreement hash. */
  sha256: Hex;
  /** sha-256 of the canonical inputs JSON. */
  inputsSha256: Hex;
}

/**
 * Validates and normalizes `raw` (throws `AgreementInputError` with field messages when invalid), fills the
 * template and renders the PDF.
 */
export async function renderAgreement(raw: unknown): Promise<RenderedAgreement> {
  const inputs = assertAgreementInputs(raw);
  const document = fillAgreement(inputs);
  const rp = await loadReactPdf();
  const date = new Date(dayStartSeconds(inputs.date) * 1000);
  const buffer = await rp.renderToBuffer(agreementPdfElement(rp, document, date));
  const bytes = new Uint8Array(buffer.byteLength);
  bytes.set(buffer);
  return { inputs, document, bytes, sha256: agreementHash(bytes), inputsSha256: inputsSha256(inputs) };
}

/** The PDF bytes of an agreement (see `renderAgreement`). Same inputs, same bytes. */
export async function renderAgreementPdf(raw: unknown): Promise<Uint8Array> {
  return (await renderAgreement(raw)).bytes;
}
