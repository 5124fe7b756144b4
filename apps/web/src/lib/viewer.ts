import { cookies, headers } from "next/headers";
import { cache } from "react";
import type { ViewerQuery as ViewerQueryResult } from "@/gql/graphql";
import { ViewerQuery } from "@/operations/auth";
import { SESSION_COOKIE } from "./config";
import { postGraphQL } from "./graphql-server";

export type Viewer = NonNullable<ViewerQueryResult["me"]>;

/**
 * The signed-in user, or null. Without a session cookie or Authorization header the visitor is
 * signed out and no request is made; the API decides what a signed-out visitor may read.
 */
export const getViewer = cache(async function getViewer(): Promise<Viewer | null> {
  const jar = await cookies();
  const incoming = await headers();
  const authorization = incoming.get("authorization");
  if (!jar.get(SESSION_COOKIE) && !authorization) return null;
  const forwarded: Record<string, string> = { "content-type": "application/json" };
  const cookie = incoming.get("cookie");
  if (cookie) forwarded.cookie = cookie;
  if (authorization) forwarded.authorization = authorization;
  try {
    const data = await postGraphQL<ViewerQueryResult>(ViewerQuery.toString(), {}, forwarded);
    return data.me;
  } catch {
    return null;
  }
});
