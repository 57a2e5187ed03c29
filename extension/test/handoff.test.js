import assert from "node:assert/strict";
import { test } from "node:test";

import { readHandOff, signInUrl } from "../lib/handoff.js";

const ID = "kghgijmimnfdkkemjdgloioholahbgob";

test("the token and address come from the fragment", () => {
  const url = `https://${ID}.chromiumapp.org/#token=afv_abc&email=me%40example.com`;
  assert.deepEqual(readHandOff(url), { token: "afv_abc", email: "me@example.com" });
});

test("a refused sign-in comes back as its description", () => {
  const url = `https://${ID}.chromiumapp.org/#error=access_denied&error_description=Google+sign-in+was+not+completed`;
  assert.deepEqual(readHandOff(url), { error: "access_denied", description: "Google sign-in was not completed" });
});

test("a token in the query, where servers see it, is not taken", () => {
  assert.equal(readHandOff(`https://${ID}.chromiumapp.org/?token=afv_abc`).error, "no_token");
});

test("the start URL keeps the server's path and names the extension", () => {
  assert.equal(
    signInUrl("https://example.com/afterview/", ID),
    `https://example.com/afterview/auth/google/start?extension_id=${ID}`,
  );
});
