import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import devAccounts from './dev-accounts.json';
import { agreementHash, getStory, STORIES, storyAddresses, storyAgreement } from './stories';

const ROOT = join(__dirname, '..');

describe('lib/stories: the one source of the demo stories', () => {
  it('each story’s agreement is served as template inputs, with its rendered hash on the local chain only', () => {
    for (const s of STORIES) {
      const { file, hash } = storyAgreement(s, 31337);
      const inputs = JSON.parse(readFileSync(join(ROOT, 'public', 'demo-agreements', file), 'utf8'));
      expect(inputs.format).toBe('levetrage-agreement');
      expect(hash).toMatch(/^0x[0-9a-f]{64}$/);
      expect(storyAgreement(s, 1).hash).toBeNull();
    }
    expect(agreementHash('abc')).toBe('0xba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('the README lists the seeded stories in order, with their timeout action', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    STORIES.forEach((s, i) => {
      const line = readme.split('\n').find((l) => l.trim().startsWith(`${i + 1}. ${s.title} (${s.section})`));
      expect(line, `README: "${i + 1}. ${s.title} (${s.section}) …"`).toBeDefined();
      const entry = readme.slice(readme.indexOf(line!), readme.indexOf(line!) + 400).split(/\n\s*\d\. /)[0];
      expect(entry).toContain(s.odds ? 'probabilistic' : 'commitment');
      expect(entry).toContain(`timeout **${s.timeoutAction}**`);
    });
  });

  it('Mike’s raise is one story everywhere: an escalating commitment (§6.1)', () => {
    const mike = getStory('mike')!;
    expect(getStory('mike-raise')).toBe(mike);
    expect(mike.odds).toBeUndefined();
    expect(mike.timeoutAction).toBe('escalate');
    expect(mike.provider).toBe('prFirm');
  });

  it('attaches the dev accounts’ addresses on the local chain only', () => {
    const jane = getStory('jane-refund')!;
    const local = storyAddresses(jane, 31337)!;
    const address = (role: string) => devAccounts.find((a) => a.role === role)!.address;
    expect(local).toEqual({
      maker: address('jane'),
      provider: address('lawFirm'),
      oracle: address('oracle'),
      adversary: address('xcorp'),
    });
    for (const chainId of [1, 11155111, 8453]) expect(storyAddresses(jane, chainId)).toBeNull();
  });
});
