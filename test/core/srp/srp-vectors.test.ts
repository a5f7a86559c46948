// @vitest-environment node
import { describe } from "vitest";
import { defineSrpVectorTests } from "./srp-vectors.cases";

describe("SRP vectors (Node WebCrypto)", () => {
  defineSrpVectorTests();
});
