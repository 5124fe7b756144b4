"use client";

import { createColumnHelper, flexRender, getCoreRowModel, useReactTable } from "@tanstack/react-table";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { KindLabel } from "@/components/kind-label";
import { StatusBadge } from "@/components/status-badge";
import type { EntityDirectoryQuery } from "@/gql/graphql";
import type { SortKey } from "@/lib/entity-filter";
import { formatDateTime, humanize } from "@/lib/format";
import { entityHref } from "@/lib/links";
import { buildQuery } from "@/lib/search-params";

type Row = EntityDirectoryQuery["entities"]["edges"][number]["node"];
const column = createColumnHelper<Row>();

const columns = [
  column.accessor("name", {
    header: "Name",
    meta: { sortKey: "name" },
    cell: (info) => {
      const row = info.row.original;
      return (
        <div>
          <Link href={entityHref(row.id)} style={{ fontWeight: 600 }}>
            {row.name}
          </Link>
          {row.aliases.length > 0 ? (
            <div className="muted" style={{ fontSize: "0.8rem" }}>
              aka {row.aliases.slice(0, 3).join(", ")}
              {row.aliases.length > 3 ? ` +${row.aliases.length - 3}` : ""}
            </div>
          ) : null}
        </div>
      );
    },
  }),
  column.accessor("kind", { header: "Kind", cell: (info) => <KindLabel kind={info.getValue()} /> }),
  column.accessor("status", {
    header: "Status",
    cell: (info) => <StatusBadge status={info.getValue()} confidence={info.row.original.confidence} />,
  }),
  column.accessor("cases", {
    header: "Case roles",
    cell: (info) => (
      <ul className="list-plain">
        {info.getValue().map((role) => (
          <li key={role.id} style={{ fontSize: "0.85rem" }}>
            {humanize(role.role)} <span className="muted">in {role.case.shortTitle ?? role.case.slug}</span>
          </li>
        ))}
      </ul>
    ),
  }),
  column.accessor("description", {
    header: "Description",
    cell: (info) => {
      const text = info.getValue() ?? "";
      return <span style={{ fontSize: "0.85rem" }}>{text.length > 140 ? `${text.slice(0, 140)}…` : text}</span>;
    },
  }),
  column.accessor("updatedAt", {
    header: "Updated",
    meta: { sortKey: "updated" },
    cell: (info) => (
      <span className="muted nowrap" style={{ fontSize: "0.8rem" }}>
        {formatDateTime(info.getValue())}
      </span>
    ),
  }),
];

/**
 * The directory table (TanStack Table). Sorting is done by the API: a header click changes the
 * URL's `sort`, so the sorted view is shareable and pagination stays consistent.
 */
export function EntityTable({
  rows,
  sort,
  baseQuery,
}: {
  rows: Row[];
  sort: SortKey;
  baseQuery: Record<string, string | number | undefined | readonly string[]>;
}) {
  const router = useRouter();
  const table = useReactTable({ data: rows, columns, getCoreRowModel: getCoreRowModel(), manualSorting: true });

  const sortFor = (key: string) => {
    const isActive = sort === key || sort === `-${key}`;
    const isDesc = sort === `-${key}`;
    const next = isActive && !isDesc ? `-${key}` : key;
    return { isActive, isDesc, next };
  };

  return (
    <div style={{ overflowX: "auto", padding: "0.5rem 1rem 0" }}>
      <table className="data-table" data-testid="entity-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => {
                const sortKey = (header.column.columnDef.meta as { sortKey?: string } | undefined)?.sortKey;
                if (!sortKey)
                  return (
                    <th key={header.id} scope="col">
                      {flexRender(header.column.columnDef.header, header.getContext())}
                    </th>
                  );
                const s = sortFor(sortKey);
                return (
                  <th key={header.id} scope="col" aria-sort={s.isActive ? (s.isDesc ? "descending" : "ascending") : "none"}>
                    <button
                      type="button"
                      className="sort-button"
                      onClick={() =>
                        router.push(
                          `/entities${buildQuery({ ...baseQuery, sort: s.next === "name" ? undefined : s.next, after: undefined, before: undefined })}`,
                        )
                      }
                    >
                      {flexRender(header.column.columnDef.header, header.getContext())}
                      <span aria-hidden="true">{s.isActive ? (s.isDesc ? "▼" : "▲") : "↕"}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id}>{flexRender(cell.column.columnDef.cell, cell.getContext())}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
