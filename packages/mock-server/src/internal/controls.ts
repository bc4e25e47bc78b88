import type { MockControls } from "../mock-controls.js";
import { type MockService, resetMockService } from "./mock-service.js";
import { recordIncomingMessage } from "./record/incoming-message.js";

/** Gives a form (server, fetch function, MSW handlers) the controls of the mock it answers with. */
export function withControls<Form extends object>(service: MockService, form: Form): Form & MockControls {
  const controls: MockControls = {
    // Getters, not values: the record and the requests change as requests arrive.
    get messages() {
      return service.messages.snapshot;
    },
    get dropped() {
      return service.messages.dropped;
    },
    get requests() {
      return service.requests.snapshot;
    },
    receive: (message) => recordIncomingMessage(service, message),
    inject: (fault) => service.faults.add(fault),
    reset: () => resetMockService(service),
  };
  return Object.defineProperties(form, Object.getOwnPropertyDescriptors(controls)) as Form & MockControls;
}
