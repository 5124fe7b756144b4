"use client";

import Link from "next/link";
import { usePathname, useRouter } from "next/navigation";
import { useState } from "react";
import { humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import type { Viewer } from "@/lib/viewer";
import { LogoutMutation } from "@/operations/auth";

export function ViewerMenu({ viewer }: { viewer: Viewer | null }) {
  const router = useRouter();
  const pathname = usePathname();
  const [isBusy, setIsBusy] = useState(false);

  if (!viewer) {
    const next = pathname && pathname !== "/sign-in" ? `?next=${encodeURIComponent(pathname)}` : "";
    return (
      <div className="viewer">
        <span className="muted viewer-name">Not signed in</span>
        <Link className="button button-small" href={`/sign-in${next}`}>
          Sign in
        </Link>
      </div>
    );
  }

  const onSignOut = async () => {
    setIsBusy(true);
    try {
      await clientQuery(LogoutMutation, {});
    } catch {
      // Signed out locally regardless; the session cookie expires on the server.
    }
    router.push("/sign-in");
    router.refresh();
    setIsBusy(false);
  };

  return (
    <div className="viewer">
      <span className="viewer-name">
        {viewer.name} <span className="badge badge-neutral">{humanize(viewer.role)}</span>
      </span>
      <button type="button" className="button button-small" onClick={onSignOut} disabled={isBusy}>
        Sign out
      </button>
    </div>
  );
}
