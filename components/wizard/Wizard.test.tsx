// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MESSAGES } from '@/lib/wizard/schema';
import { DRAFT_KEY } from '@/lib/wizard/storage';

// The URL is the only thing faked: a tiny in-memory router standing in for Next's, so the test can
// check that steps are pushed to the URL and that the Back button (history) drives the step.
const nav = vi.hoisted(() => {
  const listeners = new Set<() => void>();
  const state = { stack: ['/create'], index: 0 };
  const current = () => new URL(state.stack[state.index], 'http://localhost');
  return {
    state,
    listeners,
    current,
    push(href: string) {
      state.stack = state.stack.slice(0, state.index + 1).concat(href);
      state.index++;
      listeners.forEach((l) => l());
    },
    back() {
      state.index = Math.max(0, state.index - 1);
      listeners.forEach((l) => l());
    },
    reset() {
      state.stack = ['/create'];
      state.index = 0;
    },
  };
});

vi.mock('next/navigation', async () => {
  const React = await import('react');
  const useTick = () => {
    const [, set] = React.useState(0);
    React.useEffect(() => {
      const l = () => set((x) => x + 1);
      nav.listeners.add(l);
      return () => void nav.listeners.delete(l);
    }, []);
  };
  return {
    useSearchParams: () => {
      useTick();
      return nav.current().searchParams;
    },
    usePathname: () => '/create',
    useRouter: () => ({ push: (href: string) => act(() => nav.push(href)), back: () => act(() => nav.back()) }),
  };
});
vi.mock('@/components/wallet/wallet-store', () => ({ useAccount: () => ({ address: undefined }) }));
vi.mock('./SignPanel', () => ({ SignPanel: () => <p>sign panel</p>, DraftClosedNote: () => <p>draft closed</p> }));

import { Wizard } from './Wizard';

beforeEach(() => {
  nav.reset();
  sessionStorage.clear();
});
afterEach(cleanup);

const heading = () => screen.getByRole('heading', { level: 2, name: /Step \d of \d/ });
const next = () => fireEvent.click(screen.getByTestId('next'));

describe('Wizard', () => {
  it('step 1 refuses to go on without a kind: summary with a link, message on the field, nothing lost', async () => {
    render(<Wizard />);
    await waitFor(() => expect(document.querySelector('form')?.getAttribute('data-loaded')).toBe('true'));
    next();
    const summary = await screen.findByTestId('error-summary');
    expect(summary.textContent).toContain(MESSAGES.kind);
    expect(document.activeElement).toBe(summary);
    expect(nav.current().searchParams.get('step')).toBeNull();
  });

  it('a preset fills every step; Next walks them, the URL follows and focus moves to each heading', async () => {
    render(<Wizard />);
    await waitFor(() => expect(document.querySelector('form')?.getAttribute('data-loaded')).toBe('true'));
    fireEvent.click(document.querySelector('[data-preset="jane-commitment"]')!);
    expect((await screen.findByTestId('preset-notice')).textContent).toMatch(/Filled every step/);
    const seen: string[] = [];
    for (let i = 0; i < 6; i++) {
      next();
      await waitFor(() => expect(nav.state.index).toBe(i + 1));
      seen.push(nav.current().searchParams.get('step')!);
      await waitFor(() => expect(document.activeElement?.id).toBe('step-heading'));
    }
    // a commitment skips the odds step
    expect(seen).toEqual(['demand', 'escalation', 'resolution', 'stakes', 'funding', 'review']);
    expect(heading().textContent).toMatch(/Step 7 of 7Check your answers and sign/);
    // each step after the first is its own chunk: the review loads after its heading
    expect(await screen.findByText('Forfeit to NASH holders')).toBeTruthy();
  });

  it('bad input on a step shows its messages linked to the fields and keeps what was typed', async () => {
    render(<Wizard />);
    await waitFor(() => expect(document.querySelector('form')?.getAttribute('data-loaded')).toBe('true'));
    fireEvent.click(screen.getByLabelText(/Probabilistic threat/));
    next();
    await waitFor(() => expect(nav.current().searchParams.get('step')).toBe('demand'));
    // each step after the first is its own chunk: the form names the step only once its fields are there
    await waitFor(() => expect(document.querySelector('form')?.getAttribute('data-step')).toBe('demand'));
    const terms = screen.getByLabelText('What must the adversary do?') as HTMLTextAreaElement;
    fireEvent.input(terms, { target: { value: 'Pay' } });
    fireEvent.input(screen.getByLabelText('Adversary’s Ethereum address (optional)'), { target: { value: '0xnope' } });
    next();
    const summary = await screen.findByTestId('error-summary');
    expect(summary.textContent).toContain(MESSAGES.termsShort);
    expect(summary.textContent).toContain(MESSAGES.deadlineMissing);
    expect(summary.textContent).toContain(MESSAGES.adversaryAddress);
    // the inline message describes the field
    const describedBy = terms.getAttribute('aria-describedby')!.split(' ');
    const errorEl = describedBy
      .map((id) => document.getElementById(id))
      .find((el) => el?.textContent?.includes(MESSAGES.termsShort));
    expect(errorEl).toBeTruthy();
    expect(terms.getAttribute('aria-invalid')).toBe('true');
    expect(terms.value).toBe('Pay');
    expect(nav.current().searchParams.get('step')).toBe('demand');
    // the draft (with the bad input) is in sessionStorage
    expect(JSON.parse(sessionStorage.getItem(DRAFT_KEY)!).terms).toBe('Pay');
  });

  it('the draft survives a reload, and the browser Back button goes to the previous step', async () => {
    const first = render(<Wizard />);
    await waitFor(() => expect(document.querySelector('form')?.getAttribute('data-loaded')).toBe('true'));
    fireEvent.click(document.querySelector('[data-preset="joe"]')!);
    await screen.findByTestId('preset-notice');
    next();
    await waitFor(() => expect(nav.current().searchParams.get('step')).toBe('demand'));
    fireEvent.input(await screen.findByLabelText('What must the adversary do?'), {
      target: { value: 'Withdraw the suit today, in writing.' },
    });
    first.unmount(); // "reload"
    render(<Wizard />);
    await waitFor(() =>
      expect((screen.getByLabelText('What must the adversary do?') as HTMLTextAreaElement).value).toBe(
        'Withdraw the suit today, in writing.',
      ),
    );
    act(() => nav.back());
    await waitFor(() => expect(heading().textContent).toMatch(/Kind of threat/));
    expect((screen.getByLabelText(/Probabilistic threat/) as HTMLInputElement).checked).toBe(true);
  });
});
