import { sha256 } from 'viem';
import { describe, expect, it } from 'vitest';
import { canonicalJson, encodeInputs } from '@/lib/agreements';
import { DEMO_AGREEMENT_SHA256, demoAgreementInputs } from '@/lib/agreements/demo';
import { GET, POST } from './route';

const URL_BASE = 'http://localhost/api/agreements/render';
const JOE = demoAgreementInputs('joe-pinata');
const post = (body: string, headers: Record<string, string> = {}) =>
  POST(new Request(URL_BASE, { method: 'POST', body, headers: { 'content-type': 'application/json', ...headers } }));
const get = (query: string) => GET(new Request(`${URL_BASE}${query}`));

async function expectProblems(res: Response, status = 400) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  const body = (await res.json()) as { error: string; problems: { path: string; message: string }[] };
  expect(body.error).toBeTruthy();
  expect(body.problems.length).toBeGreaterThan(0);
  return body.problems;
}

describe('POST/GET /api/agreements/render', { timeout: 60_000 }, () => {
  it('POST the inputs JSON: the PDF and its sha-256 header', async () => {
    const res = await post(canonicalJson(JOE, 2));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('cache-control')).toBe('no-store');
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect(res.headers.get('x-agreement-sha256')).toBe(DEMO_AGREEMENT_SHA256['joe-pinata']);
    expect(sha256(bytes)).toBe(DEMO_AGREEMENT_SHA256['joe-pinata']);
    expect(res.headers.get('content-disposition')).toBe(
      `inline; filename="levetrage-pr-campaign-brief-${DEMO_AGREEMENT_SHA256['joe-pinata'].slice(2, 10)}.pdf"`,
    );
    expect(res.headers.get('x-agreement-inputs-sha256')).toMatch(/^0x[0-9a-f]{64}$/);
  });

  it('GET ?inputs=<base64url>: the same bytes, as a download link', async () => {
    const res = await get(`?inputs=${encodeInputs(JOE)}&download=1`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="levetrage-pr-campaign-brief-/);
    expect(res.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(sha256(new Uint8Array(await res.arrayBuffer()))).toBe(DEMO_AGREEMENT_SHA256['joe-pinata']);
  });

  it('bad input is a 400 with a message per field, never a 500', async () => {
    const raw = JSON.parse(canonicalJson(JOE));
    raw.fields.clientName = '';
    raw.onchain.provider = '0x123';
    raw.fields.surprise = true;
    const problems = await expectProblems(await post(JSON.stringify(raw)));
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: 'fields.clientName', message: 'Enter the client’s name.' },
        { path: 'onchain.provider', message: expect.stringContaining('not a valid Ethereum address') },
        { path: 'fields.surprise', message: expect.stringContaining('Unknown field “surprise”') },
      ]),
    );
    expect(await expectProblems(await post('{"not json'))).toEqual([
      { path: '', message: 'The agreement inputs are not valid JSON.' },
    ]);
    expect(await expectProblems(await post(''))).toEqual([
      { path: '', message: 'Send the agreement inputs as the JSON body.' },
    ]);
    expect(await expectProblems(await post('[1,2]'))).toEqual([
      { path: '', message: 'The agreement inputs must be a JSON object.' },
    ]);
    await expectProblems(await post('"x"'.padEnd(60_000, ' ')), 413);
    await expectProblems(await post('{}', { 'content-length': '999999' }), 413);
    expect((await expectProblems(await get('')))[0].path).toBe('inputs');
    expect((await expectProblems(await get('?inputs=%%%')))[0].message).toMatch(/not base64url/);
    raw.fields.surprise = undefined;
    const encodedBad = Buffer.from(JSON.stringify({ ...raw, template: 'nda' })).toString('base64url');
    expect((await expectProblems(await get(`?inputs=${encodedBad}`)))[0]).toMatchObject({ path: 'template' });
  });
});
