import type { ProtocolWrite, SendWriteOptions, SigningClient, WriteResult, WriteReturn } from './write';

/**
 * {@link import('./write').sendWrite}, with the write pipeline (viem's simulate, estimate and receipt actions) loaded
 * on the first call. The actions in `./actions/` send through it, so a page that only builds calls from them (the
 * desks' and the public page's buttons hand the call to the wallet's runner) ships none of that code at first load.
 */
export async function sendWriteLazy<const call extends ProtocolWrite>(
  client: SigningClient,
  call: call,
  options?: SendWriteOptions,
): Promise<WriteResult<WriteReturn<call>>> {
  const { sendWrite } = await import('./write');
  return sendWrite(client, call, options);
}
