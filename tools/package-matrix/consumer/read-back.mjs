// What every runtime does after its send, through the installed tarball: finds the message by listing
// its endpoint's messages, pages with `for await` through three messages it sends from an endpoint of its
// own (other runtimes send at the same time; their messages would move this one's between pages), and
// lists that endpoint's conversation. Shared by the ESM consumers (Node, Bun, Deno) and the browser bundle.
export async function readBack(evo, sent, tag) {
  const page = await evo.messages.list({ endpointIds: [sent.endpointId], specificIds: [sent.id] });
  const endpointId = `E-${tag}-${Math.random().toString(36).slice(2)}`;
  const own = [];
  for (const n of [1, 2, 3]) {
    own.push((await evo.messages.send({ endpointId, toAddress: "+15556667777", body: `read-back ${n}` })).id);
  }
  const paged = [];
  for await (const message of evo.messages.list({ endpointIds: [endpointId], countPerPage: 1 })) {
    paged.push(message.id);
  }
  const conversations = await evo.conversations.list({ endpointIds: [endpointId] });
  return {
    listed: page.items?.some((message) => message.id === sent.id) === true,
    paged: paged.length === 3 && own.every((id) => paged.includes(id)),
    conversations: conversations.length,
  };
}
