import Link from "next/link";
import type { ReactNode } from "react";

/** Breadcrumbs and heading of an editing page. */
export function EditPageHeader({
  crumbs,
  title,
  children,
  actions,
}: {
  crumbs: ReadonlyArray<{ href?: string; label: string }>;
  title: string;
  children?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          {crumbs.map((c) => (
            <li key={c.label} aria-current={c.href ? undefined : "page"}>
              {c.href ? <Link href={c.href}>{c.label}</Link> : c.label}
            </li>
          ))}
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <h1>{title}</h1>
          {children ? <p>{children}</p> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </>
  );
}

export function HistoryLink({ id }: { id: string }) {
  return (
    <Link className="button button-ghost" href={`/history/${encodeURIComponent(id)}`}>
      History
    </Link>
  );
}
