import type { MockControls } from "../mock-controls.js";
import { type Core, resetCore } from "./core.js";
import { receive } from "./receive.js";

/** Gives a form (server, fetch function, MSW handlers) the controls, over the core it answers with. */
export function withControls<Form extends object>(core: Core, form: Form): Form & MockControls {
  // Getters, not values: `messages` and `dropped` change as requests arrive.
  return Object.defineProperties(form, {
    messages: { get: () => core.store.messages, enumerable: true },
    dropped: { get: () => core.store.dropped, enumerable: true },
    receive: {
      value: (message: Parameters<MockControls["receive"]>[0]) => receive(core, message),
      enumerable: true,
    },
    inject: {
      value: (fault: Parameters<MockControls["inject"]>[0]) => core.faults.add(fault),
      enumerable: true,
    },
    reset: { value: () => resetCore(core), enumerable: true },
  }) as Form & MockControls;
}
