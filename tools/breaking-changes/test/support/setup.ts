// Run before each test file (vitest setupFiles): the checkouts a file made go when it ends.
import { afterAll } from "vitest";
import { removeCheckouts } from "./spec-checkout.js";

afterAll(removeCheckouts);
