// The words of every message: the confirmation e-mail, a notice e-mail (with the threat link, what to do next
// and an unsubscribe link), and the webhook's JSON body. Pure.
import type { StoredNotice } from './triggers';

export type { StoredNotice };

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

function htmlPage(paragraphs: string[], links: [string, string][], footer: string): string {
  return [
    '<!doctype html><html><body style="font-family:system-ui,sans-serif;color:#0f172a;max-width:36rem">',
    ...paragraphs.map((p) => `<p>${esc(p)}</p>`),
    ...links.map(([label, href]) => `<p><a href="${esc(href)}">${esc(label)}</a></p>`),
    `<p style="color:#475569;font-size:12px">${footer}</p>`,
    '</body></html>',
  ].join('\n');
}

export function describeTarget(targetType: string, target: string, role: string): string {
  if (targetType === 'threat') return `threat #${target}`;
  if (targetType === 'address') return role === 'any' ? `everything naming ${target}` : `${target} as ${role}`;
  return `ledger filter ${target}`;
}

export function confirmationMail(p: { what: string; confirmUrl: string; unsubscribeUrl: string }): MailContent {
  const text = [
    `Someone (hopefully you) asked to be told about ${p.what} on Levetrage.`,
    '',
    `Confirm the subscription: ${p.confirmUrl}`,
    '',
    'Nothing will be sent to this address until you confirm. If this was not you, ignore this message.',
    '',
    `Unsubscribe: ${p.unsubscribeUrl}`,
  ].join('\n');
  return {
    subject: `Confirm your Levetrage subscription: ${p.what}`,
    text,
    html: htmlPage(
      [
        `Someone (hopefully you) asked to be told about ${p.what} on Levetrage.`,
        'Nothing will be sent to this address until you confirm. If this was not you, ignore this message.',
      ],
      [['Confirm the subscription', p.confirmUrl]],
      `<a href="${esc(p.unsubscribeUrl)}">Unsubscribe</a>`,
    ),
    headers: { 'List-Unsubscribe': `<${p.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

export function noticeMail(n: StoredNotice, p: { what: string; unsubscribeUrl: string }): MailContent {
  const verify = typeof n.data.verify === 'string' ? n.data.verify : null;
  const text = [
    n.title,
    '',
    n.body,
    '',
    `What to do next: ${n.nextStep}`,
    '',
    `Threat page: ${n.link}`,
    ...(verify ? [`Verify the draw: ${verify}`] : []),
    '',
    `You receive this because you follow ${p.what}.`,
    `Unsubscribe: ${p.unsubscribeUrl}`,
  ].join('\n');
  return {
    subject: n.title,
    text,
    html: htmlPage(
      [n.title, n.body, `What to do next: ${n.nextStep}`],
      [['Open the threat page', n.link], ...(verify ? ([['Verify the draw', verify]] as [string, string][]) : [])],
      `You receive this because you follow ${esc(p.what)}. <a href="${esc(p.unsubscribeUrl)}">Unsubscribe</a>`,
    ),
    headers: { 'List-Unsubscribe': `<${p.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

/** The webhook body (JSON): stable field names; `id` is the notice key (use it to drop a retried duplicate). */
export function webhookBody(
  n: StoredNotice,
  p: { subscriptionId: string; chainId: number; deliveryId: string },
): string {
  return JSON.stringify({
    id: n.key,
    delivery: p.deliveryId,
    subscription: p.subscriptionId,
    type: n.kind,
    chainId: p.chainId,
    threatId: n.threatId,
    title: n.title,
    text: n.body,
    nextStep: n.nextStep,
    link: n.link,
    chainTime: n.chainTime,
    data: n.data,
  });
}
