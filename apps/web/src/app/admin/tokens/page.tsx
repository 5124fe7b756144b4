import type { Metadata } from "next";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { attempt } from "@/lib/attempt";
import { serverQuery } from "@/lib/graphql-server";
import { viewerFor } from "@/lib/page-guard";
import { ApiTokensQuery } from "@/operations/admin";
import { AdminTabs } from "../admin-tabs";
import { TokensAdmin } from "./tokens-admin";

export const metadata: Metadata = { title: "API tokens" };

export default async function TokensPage() {
  const { viewer } = await viewerFor("VIEWER");
  const result = await attempt(() => serverQuery(ApiTokensQuery, {}));
  return (
    <>
      <EditPageHeader crumbs={[{ label: viewer.role === "ADMIN" ? "Administration" : "Account" }]} title="API tokens">
        A token lets a program call the API as <code>Authorization: Bearer cf_…</code> with the token’s role, never more than
        yours.
        {viewer.role === "ADMIN" ? " As an admin you see everyone’s tokens and may revoke any." : ""}
      </EditPageHeader>
      <AdminTabs current="/admin/tokens" role={viewer.role} />
      {result.isOk ? (
        <TokensAdmin tokens={result.data.apiTokens} viewerRole={viewer.role} />
      ) : (
        <ApiErrorState error={result.error} what="the tokens" />
      )}
    </>
  );
}
