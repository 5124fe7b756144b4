import type { Metadata } from "next";
import { ApiErrorState } from "@/components/api-error";
import { EditPageHeader } from "@/components/edit-page";
import { NeedsRole } from "@/components/states";
import { attempt } from "@/lib/attempt";
import { serverQuery } from "@/lib/graphql-server";
import { viewerFor } from "@/lib/page-guard";
import { UsersQuery } from "@/operations/admin";
import { AdminTabs } from "../admin-tabs";
import { UsersAdmin } from "./users-admin";

export const metadata: Metadata = { title: "Users and roles" };

export default async function UsersPage() {
  const { viewer, isAllowed } = await viewerFor("ADMIN");
  if (!isAllowed) return <NeedsRole requiredRole="ADMIN" what="Managing users" />;
  const result = await attempt(() => serverQuery(UsersQuery, {}));
  return (
    <>
      <EditPageHeader crumbs={[{ label: "Administration" }]} title="Users and roles">
        Viewers read; editors curate the case; admins also manage accounts. Disabling an account ends its sessions and tokens.
      </EditPageHeader>
      <AdminTabs current="/admin/users" role={viewer.role} />
      {result.isOk ? (
        <UsersAdmin users={result.data.users.edges.map((e) => e.node)} viewerId={viewer.id} />
      ) : (
        <ApiErrorState error={result.error} what="the users" />
      )}
    </>
  );
}
