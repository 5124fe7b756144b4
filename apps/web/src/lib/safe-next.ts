/**
 * The page to return to after signing in, from the `next` query parameter. Only a path on this
 * site is accepted; anything a browser could read as another origin (`//host`, `/\host`,
 * `/<TAB>/host`, `https:...`) falls back to the home page.
 */
const BASE = "https://casefile.invalid";

/** Backslashes, whitespace and control characters: browsers strip or reinterpret them in URLs. */
const UNSAFE = /[\\\s\p{Cc}\p{Cf}]/u;

export function safeNext(value: string | null | undefined): string {
  if (!value || value.length > 2048 || !value.startsWith("/") || value.startsWith("//") || UNSAFE.test(value)) return "/";
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return "/";
  }
  if (url.origin !== BASE) return "/";
  // The normalized path (dot segments resolved), never the raw input.
  return `${url.pathname}${url.search}${url.hash}`;
}
