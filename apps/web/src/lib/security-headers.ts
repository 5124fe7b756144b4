/**
 * The dashboard's security headers. The Content-Security-Policy is built per request by
 * src/proxy.ts with a fresh nonce: Next.js puts it on its own scripts (it reads the nonce from the
 * request's CSP header) and the root layout on the inline theme script. 'strict-dynamic' lets
 * those scripts load the code-split chunks (GraphiQL, the charts, the graph). Styles stay
 * 'unsafe-inline': React and the chart and graph libraries set style attributes.
 */
export function contentSecurityPolicy(nonce: string, isDev: boolean): string {
  return [
    "default-src 'self'",
    // Development only: React's dev build evaluates code for its stack traces; production never does.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

/** Sent on every response (pages, assets, the GraphQL proxy), from next.config.ts. */
export const STATIC_SECURITY_HEADERS: ReadonlyArray<{ key: string; value: string }> = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()",
  },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Request header carrying the nonce from the proxy to the root layout. */
export const NONCE_HEADER = "x-casefile-nonce";
