import { type NextRequest, NextResponse } from "next/server";
import { PAGE_URL_HEADER } from "@/lib/config";
import { contentSecurityPolicy, NONCE_HEADER } from "@/lib/security-headers";

/**
 * Runs before every page (Next 16's middleware): a fresh CSP nonce per request, given to Next.js
 * (through the request's CSP header) and to the layout; and the page URL, so a server component
 * can send a signed-out visitor to sign in and back.
 */
export function proxy(request: NextRequest) {
  const nonce = btoa(crypto.randomUUID());
  const csp = contentSecurityPolicy(nonce, process.env.NODE_ENV !== "production");
  const headers = new Headers(request.headers);
  headers.set(PAGE_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  headers.set(NONCE_HEADER, nonce);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", csp);
  return response;
}

export const config = {
  // Pages only: not the GraphQL proxy, exports, Next's assets or the icon.
  matcher: ["/((?!graphql|_next/|icon.svg|favicon.ico|.*/export$).*)"],
};
