import Link from "next/link";
import type { UserRole } from "@/gql/graphql";

const TABS = [
  { href: "/admin/users", label: "Users and roles", isAdminOnly: true },
  { href: "/admin/tokens", label: "API tokens", isAdminOnly: false },
  { href: "/admin/activity", label: "Activity", isAdminOnly: false },
];

export function AdminTabs({ current, role }: { current: string; role: UserRole }) {
  return (
    <nav aria-label="Administration" className="admin-tabs">
      {TABS.filter((t) => role === "ADMIN" || !t.isAdminOnly).map((t) => (
        <Link key={t.href} href={t.href} className="button button-small" aria-current={t.href === current ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
