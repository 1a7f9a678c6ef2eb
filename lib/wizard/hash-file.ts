/**
 * SHA-256 of a file's bytes with Web Crypto, 0x-prefixed lowercase hex (bytes32 for `agreementHash`).
 * Runs entirely in the browser: the file is read locally and never uploaded anywhere.
 */
export async function sha256Hex(data: ArrayBuffer | Uint8Array): Promise<`0x${string}`> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle)
    throw new Error('This browser cannot compute SHA-256 (Web Crypto is unavailable; use HTTPS or localhost).');
  const bytes = data instanceof Uint8Array ? data : new Uint8Array(data);
  const digest = await subtle.digest('SHA-256', bytes as BufferSource);
  return `0x${Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

/** Largest agreement file the wizard hashes (in memory): 50 MB. */
export const MAX_AGREEMENT_BYTES = 50 * 1024 * 1024;

/** Hashes a dropped file; rejects empty or oversize files with a message for the user. */
export async function hashAgreementFile(file: Blob & { name?: string }): Promise<`0x${string}`> {
  if (file.size === 0) throw new Error('That file is empty. Drop the signed agreement itself.');
  if (file.size > MAX_AGREEMENT_BYTES)
    throw new Error('That file is larger than 50 MB; drop the signed agreement (a PDF or scan).');
  return sha256Hex(await readBytes(file));
}

/** A Blob's bytes: `blob.arrayBuffer()` where available, else FileReader (older browsers, jsdom). */
function readBytes(file: Blob): Promise<ArrayBuffer> {
  if (typeof file.arrayBuffer === 'function') return file.arrayBuffer();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as ArrayBuffer);
    reader.onerror = () => reject(new Error('The file could not be read. Try again or choose another copy.'));
    reader.readAsArrayBuffer(file);
  });
}
