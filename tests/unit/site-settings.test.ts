import { describe, expect, test } from "vitest";
import { basePath, optionalAbsoluteUrl } from "../../scripts/site-settings.mjs";

describe("BASE_PATH, read the same by the Astro config and the static server", () => {
  test.each([
    [undefined, "/"],
    ["", "/"],
    ["/", "/"],
    ["help", "/help/"],
    ["/help", "/help/"],
    ["//help//docs/", "/help/docs/"],
    [" /help/ ", "/help/"],
  ])("%j → %s", (raw, expected) => {
    expect(basePath(raw)).toBe(expected);
  });
  test("a path with other characters stops the build, naming the variable", () => {
    expect(() => basePath("/도움말/")).toThrow('BASE_PATH "/도움말/" must be a URL path such as /help/');
    expect(() => basePath("/he lp/")).toThrow("BASE_PATH");
  });
});

describe("optional absolute URLs (SITE_URL, FEEDBACK_URL, SUPPORT_URL, SEARCH_LOG_URL)", () => {
  test("unset or blank is no URL; a URL is kept", () => {
    expect(optionalAbsoluteUrl("X", undefined, "https://e.com")).toBeUndefined();
    expect(optionalAbsoluteUrl("X", "  ", "https://e.com")).toBeUndefined();
    expect(optionalAbsoluteUrl("X", " https://help.example.com/log ", "https://e.com")?.href).toBe(
      "https://help.example.com/log",
    );
  });
  test("a bad value stops with the variable's name and an example", () => {
    expect(() => optionalAbsoluteUrl("SEARCH_LOG_URL", "/log", "https://help.example.com/search-log")).toThrow(
      'SEARCH_LOG_URL "/log" must be an absolute URL such as https://help.example.com/search-log',
    );
    expect(() => optionalAbsoluteUrl("SITE_URL", "ftp://help.example.com", "https://help.example.com")).toThrow(
      'SITE_URL "ftp://help.example.com" must start with https:// or http://',
    );
  });
});
