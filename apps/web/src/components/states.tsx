import type { ReactNode } from "react";

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state" role="status">
      <h3>{title}</h3>
      {children ? <p>{children}</p> : null}
    </div>
  );
}

export function ErrorState({
  title = "Something went wrong",
  message,
  action,
}: {
  title?: string;
  message: string;
  action?: ReactNode;
}) {
  return (
    <div className="state state-error" role="alert">
      <h2>{title}</h2>
      <p>{message}</p>
      {action}
    </div>
  );
}

/** Grey placeholder blocks shown while a page streams in. */
export function Skeleton({ height = 16, width = "100%" }: { height?: number | string; width?: number | string }) {
  return <div className="skeleton" style={{ height, width }} aria-hidden="true" />;
}

export function PageSkeleton({ label }: { label: string }) {
  return (
    <div className="stack" aria-busy="true">
      <p className="visually-hidden" role="status">
        Loading {label}…
      </p>
      <Skeleton height={14} width={160} />
      <Skeleton height={32} width="55%" />
      <Skeleton height={18} width="35%" />
      <div className="grid grid-3">
        <Skeleton height={180} />
        <Skeleton height={180} />
        <Skeleton height={180} />
      </div>
      <Skeleton height={260} />
    </div>
  );
}

/** Shown instead of an editing page to a signed-in user whose role does not allow it. */
export function NeedsRole({ requiredRole: role, what }: { requiredRole: "EDITOR" | "ADMIN"; what: string }) {
  return (
    <div className="state" role="status" data-testid="needs-role">
      <h2>{role === "ADMIN" ? "Administrators only" : "Editors only"}</h2>
      <p>
        {what} needs the {role === "ADMIN" ? "Admin" : "Editor"} role. Ask an administrator if you should have it.
      </p>
    </div>
  );
}
