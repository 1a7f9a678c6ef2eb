/**
 * Where the app finds the notifier (notifier/, `npm run notifier`): NOTIFIER_URL on the server (default
 * http://127.0.0.1:42080, what `npm run dev` starts). The browser never calls it directly: it goes through
 * the app's same-origin proxy `/api/notify/*` (app/api/notify/[...path]/route.ts).
 */
export function notifierUrlFromEnv(env: Record<string, string | undefined> = process.env): string {
  return (env.NOTIFIER_URL || 'http://127.0.0.1:42080').replace(/\/+$/, '');
}

/** The app paths of a threat's Atom feed and calendar, and of an address's feed (through the proxy). */
export const notifyPaths = {
  subscriptions: '/api/notify/subscriptions',
  threatFeed: (id: string) => `/api/notify/feeds/threat/${id}.atom`,
  threatCalendar: (id: string) => `/api/notify/calendar/threat/${id}.ics`,
  addressFeed: (address: string) => `/api/notify/feeds/address/${address.toLowerCase()}.atom`,
};
