/**
 * The X-Forwarded-For the dashboard's /graphql proxy sends to the API, so that the API's rate
 * limits count each client rather than the dashboard (the API believes it only from
 * CASEFILE_TRUSTED_PROXIES). Next.js sets the header to the TCP peer's address when the request
 * has none; a reverse proxy in front appends the address it saw. The chain is passed on as it
 * came, trimmed to its last 16 entries; the API reads it from the right.
 */
const MAX_HOPS = 16;

export function forwardedFor(incoming: string | null): string | null {
  if (!incoming) return null;
  const hops = incoming
    .split(",")
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0 && hop.length <= 64 && /^[0-9A-Fa-f.:]+$/.test(hop));
  return hops.length > 0 ? hops.slice(-MAX_HOPS).join(", ") : null;
}
