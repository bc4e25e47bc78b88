// The account a stand-in server lists: 12 messages a minute apart, on two endpoints of two accounts,
// in three conversations (an endpoint and another party). Dates are distinct, so every order the
// live checks read from dates is decidable.

export const STAND_IN_KEY = "stand-in-key";
export const STAND_IN_ENDPOINT = "E1";

export interface StandInMessage {
  id: string;
  accountId: string;
  customerId: string;
  endpointId: string;
  endpointDisplayName: string;
  date: string;
  direction: "Incoming" | "Outgoing";
  otherAddress: string;
  sender: string;
  text: string;
  isUnread: boolean;
  /** Not a MessageInfo field: the conversation the message belongs to. */
  conversationId: string;
}

const CONVERSATIONS = [
  { id: "conv-1", endpointId: "E1", otherAddress: "+15550000001", accountId: "A1", customerId: "C1" },
  { id: "conv-2", endpointId: "E1", otherAddress: "+15550000002", accountId: "A1", customerId: "C2" },
  { id: "conv-3", endpointId: "E2", otherAddress: "+15550000003", accountId: "A2", customerId: "C2" },
] as const;

const START = Date.UTC(2026, 10, 2, 9, 0, 0);

/** The messages, oldest first (the order they were recorded in). */
export const STAND_IN_MESSAGES: StandInMessage[] = Array.from({ length: 12 }, (_, i) => {
  const conversation = CONVERSATIONS[i % 3] as (typeof CONVERSATIONS)[number];
  const incoming = i % 2 === 0;
  return {
    id: `m${String(i + 1).padStart(2, "0")}`,
    accountId: conversation.accountId,
    customerId: conversation.customerId,
    endpointId: conversation.endpointId,
    endpointDisplayName: `Front desk ${conversation.endpointId}`,
    date: new Date(START + i * 60_000).toISOString(),
    direction: incoming ? "Incoming" : "Outgoing",
    otherAddress: conversation.otherAddress,
    sender: incoming ? conversation.otherAddress : "+15551112222",
    text: `message ${i + 1}`,
    isUnread: incoming,
    conversationId: conversation.id,
  };
});
