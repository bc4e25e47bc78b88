// Imported by the harness from inside the consumer project, so the mock
// server comes from the installed tarball, resolved like a user's import.
export { startMockServer } from "@evovoice-sdk/mock-server";
