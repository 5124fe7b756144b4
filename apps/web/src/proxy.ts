import { type NextRequest, NextResponse } from "next/server";
import { PAGE_URL_HEADER } from "@/lib/config";

export function proxy(request: NextRequest) {
  const headers = new Headers(request.headers);
  headers.set(PAGE_URL_HEADER, `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Pages only: not the GraphQL proxy, exports, Next's assets or the icon.
  matcher: ["/((?!graphql|_next/|icon.svg|favicon.ico|.*/export$).*)"],
};
