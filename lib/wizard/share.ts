/** Path of the public threat page: `/t/<chainId>/<id>`. */
export function sharePath(chainId: number, id: bigint): string {
  return `/t/${chainId}/${id.toString()}`;
}

/** Absolute share link on `origin` (e.g. `window.location.origin`). */
export function shareUrl(origin: string, chainId: number, id: bigint): string {
  return `${origin.replace(/\/$/, '')}${sharePath(chainId, id)}`;
}
