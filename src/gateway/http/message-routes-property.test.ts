// Random bodies and queries to the connector's message endpoints never make the gateway fail: every answer
// is a deliberate 2xx or 4xx with a JSON error.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { nativeHandoff, postHandoff, startRoutingGateway, TEST_BOT_KEY, type RoutingGateway } from '../testing/handoff-fixture';

let gateway: RoutingGateway;
let ids: string[];

beforeAll(async () => {
  gateway = await startRoutingGateway([{ username: 'ana' }]);
  const id = (await postHandoff(gateway.gateway.url, nativeHandoff('prop-1'))).body.conversationId as string;
  ids = [id, 'c_unknown', '%E0%A4%A', 'x'.repeat(300)];
});
afterAll(() => gateway.stop());

const body = fc.oneof(
  fc.jsonValue(),
  fc.record({ id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), text: fc.oneof(fc.string(), fc.integer()) }, { requiredKeys: [] }),
  fc.record({ typing: fc.oneof(fc.boolean(), fc.string()) }, { requiredKeys: [] }),
);

describe('message endpoints under random input', () => {
  it('never answer 500', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...ids),
        fc.constantFrom('messages', 'typing', 'end'),
        body,
        fc.oneof(fc.string(), fc.nat().map(String)),
        async (id, action, payload, after) => {
          const base = `${gateway.gateway.url}/v1/conversations/${id}/${action}`;
          const posted = await fetch(base, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${TEST_BOT_KEY}` }, body: JSON.stringify(payload) });
          expect(posted.status).toBeLessThan(500);
          await posted.arrayBuffer();
          if (action === 'messages') {
            const read = await fetch(`${base}?after=${encodeURIComponent(after)}`, { headers: { authorization: `Bearer ${TEST_BOT_KEY}` } });
            expect(read.status).toBeLessThan(500);
            await read.arrayBuffer();
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
