// Browser mode carries the same `baton` contract over a loopback WebSocket. These are its frames;
// the web host and the renderer's WebSocket bridge both parse every frame with them.
import { z } from 'zod';
import { BatonErrorDataSchema } from './result';

export const BRIDGE_PATH = '/bridge';

/** Renderer -> host. The channel stays a plain string here: the host checks it against the contract. */
export const InvokeFrameSchema = z.object({
  kind: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string().max(100),
  request: z.unknown().optional(),
});
export type InvokeFrame = z.infer<typeof InvokeFrameSchema>;

/** Host -> renderer. */
export const HostFrameSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('result'),
    id: z.number().int().nonnegative(),
    result: z.discriminatedUnion('ok', [
      z.object({ ok: z.literal(true), value: z.unknown() }),
      z.object({ ok: z.literal(false), error: BatonErrorDataSchema }),
    ]),
  }),
  z.object({ kind: z.literal('event'), channel: z.string(), payload: z.unknown() }),
]);
export type HostFrame = z.infer<typeof HostFrameSchema>;
