import type { NextRequest } from "next/server";
import { apiUrl } from "@/lib/config";
import { forwardedFor } from "@/lib/forwarded-for";

/**
 * Same-origin GraphQL endpoint: forwards the request (body, query string, cookies, Authorization)
 * to the API and returns its status, body and Set-Cookie headers unchanged. The browser, GraphiQL
 * and the command palette talk only to this, so the session cookie stays first-party. The
 * client's address goes along in X-Forwarded-For (see lib/forwarded-for.ts), so the API's rate
 * limits count each client rather than the dashboard.
 */
export const dynamic = "force-dynamic";

const FORWARDED_REQUEST_HEADERS = ["content-type", "accept", "cookie", "authorization", "user-agent", "x-request-id"];
const FORWARDED_RESPONSE_HEADERS = ["content-type", "cache-control", "www-authenticate", "retry-after", "x-request-id"];

async function forward(request: NextRequest): Promise<Response> {
  const target = new URL(apiUrl());
  target.search = request.nextUrl.search;
  const headers = new Headers();
  for (const name of FORWARDED_REQUEST_HEADERS) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const chain = forwardedFor(request.headers.get("x-forwarded-for"));
  if (chain) headers.set("x-forwarded-for", chain);
  let upstream: Response;
  try {
    upstream = await fetch(target, {
      method: request.method,
      headers,
      body: request.method === "GET" || request.method === "HEAD" ? undefined : await request.arrayBuffer(),
      cache: "no-store",
      redirect: "manual",
    });
  } catch {
    return Response.json(
      { errors: [{ message: "The Casefile API is not reachable.", extensions: { code: "API_UNREACHABLE" } }] },
      { status: 502 },
    );
  }
  const responseHeaders = new Headers();
  for (const name of FORWARDED_RESPONSE_HEADERS) {
    const value = upstream.headers.get(name);
    if (value) responseHeaders.set(name, value);
  }
  for (const cookie of upstream.headers.getSetCookie()) responseHeaders.append("set-cookie", cookie);
  return new Response(upstream.body, { status: upstream.status, headers: responseHeaders });
}

export const GET = forward;
export const POST = forward;
