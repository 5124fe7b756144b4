"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { useConfirm } from "@/components/confirm-dialog";
import { describeFailure } from "@/lib/form";
import { clientQuery } from "@/lib/graphql-client";
import { entityHref } from "@/lib/links";
import { UnmergeEntitiesMutation } from "@/operations/entity-edit";
import { RestoreRevisionMutation } from "@/operations/history";

/** Restore a past version (as a new RESTORE revision), or undo a merge. */
export function RevisionActions({
  revisionId,
  version,
  latestVersion,
  action,
  isDone = false,
}: {
  revisionId: string;
  version: number;
  latestVersion: number;
  action: "restore" | "unmerge";
  /** Already undone (a merge): nothing to offer, unless this page just did it. */
  isDone?: boolean;
}) {
  const router = useRouter();
  const [state, setState] = useState<
    { kind: "idle" | "busy" } | { kind: "done"; text: string; href?: string } | { kind: "error"; text: string }
  >({ kind: "idle" });
  const { confirm, dialog } = useConfirm();

  const onRestore = async () => {
    const isSure = await confirm({
      title: `Restore version ${version}?`,
      message: "The record goes back to this version. This adds a new revision; nothing is erased.",
      confirmLabel: `Restore version ${version}`,
    });
    if (!isSure) return;
    setState({ kind: "busy" });
    try {
      const data = await clientQuery(RestoreRevisionMutation, { input: { revisionId, version: latestVersion } });
      setState({ kind: "done", text: `Restored as version ${data.restoreRevision.revision.version}.` });
      router.refresh();
    } catch (error) {
      setState({ kind: "error", text: describeFailure(error) });
    }
  };

  const onUnmerge = async () => {
    const isSure = await confirm({
      title: "Undo this merge?",
      message: "The duplicate comes back as its own record, with every link and field it brought.",
      confirmLabel: "Undo the merge",
    });
    if (!isSure) return;
    setState({ kind: "busy" });
    try {
      const data = await clientQuery(UnmergeEntitiesMutation, { input: { mergeRevisionId: revisionId } });
      const restored = data.unmergeEntities.restored;
      setState({ kind: "done", text: `Unmerged: ${restored.name} stands on its own again.`, href: entityHref(restored.id) });
      router.refresh();
    } catch (error) {
      setState({ kind: "error", text: describeFailure(error) });
    }
  };

  if (state.kind !== "done" && isDone) return null;
  if (state.kind === "done")
    return (
      <p className="form-notice" role="status">
        {state.text} {state.href ? <Link href={state.href}>Open it</Link> : null}
      </p>
    );
  return (
    <div className="rel-line">
      {dialog}
      {action === "restore" ? (
        <button type="button" className="button button-small" onClick={onRestore} disabled={state.kind === "busy"}>
          Restore this version
        </button>
      ) : (
        <button type="button" className="button button-small" onClick={onUnmerge} disabled={state.kind === "busy"}>
          Undo this merge (unmerge)
        </button>
      )}
      {state.kind === "error" ? (
        <span className="alert" role="alert">
          {state.text}
        </span>
      ) : null}
    </div>
  );
}
