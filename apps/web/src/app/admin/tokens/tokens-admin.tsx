"use client";

import { createApiTokenInput } from "@casefile/schema/validators";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { useConfirm } from "@/components/confirm-dialog";
import { FieldShell } from "@/components/forms/field-control";
import type { ApiTokensQuery, UserRole } from "@/gql/graphql";
import { describeFailure, type FieldErrors, zodFieldErrors } from "@/lib/form";
import { formatDateTime, humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { CreateApiTokenMutation, RevokeApiTokenMutation } from "@/operations/admin";

type Token = ApiTokensQuery["apiTokens"][number];
const ORDER: UserRole[] = ["VIEWER", "EDITOR", "ADMIN"];

export function TokensAdmin({ tokens, viewerRole }: { tokens: readonly Token[]; viewerRole: UserRole }) {
  const router = useRouter();
  const roles = ORDER.slice(0, ORDER.indexOf(viewerRole) + 1);
  const [name, setName] = useState("");
  const [role, setRole] = useState<UserRole>("VIEWER");
  const [errors, setErrors] = useState<FieldErrors>({});
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);
  const [isCopied, setIsCopied] = useState(false);
  const [message, setMessage] = useState<{ text: string; isError?: boolean } | null>(null);
  const [isBusy, setIsBusy] = useState(false);
  const { confirm, dialog } = useConfirm();

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const checked = createApiTokenInput.safeParse({ name, role });
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    setIsBusy(true);
    setMessage(null);
    try {
      const data = await clientQuery(CreateApiTokenMutation, { input: { name, role } });
      setCreated({ name: data.createApiToken.token.name, secret: data.createApiToken.secret });
      setIsCopied(false);
      setName("");
      router.refresh();
    } catch (error) {
      setMessage({ text: describeFailure(error), isError: true });
    } finally {
      setIsBusy(false);
    }
  };

  const onRevoke = async (token: Token) => {
    const isSure = await confirm({
      title: `Revoke “${token.name}”?`,
      message: "Programs using this token stop working at once. This cannot be undone.",
      confirmLabel: "Revoke token",
      isDanger: true,
    });
    if (!isSure) return;
    setIsBusy(true);
    try {
      await clientQuery(RevokeApiTokenMutation, { input: { id: token.id } });
      setMessage({ text: `Revoked “${token.name}”.` });
      router.refresh();
    } catch (error) {
      setMessage({ text: describeFailure(error), isError: true });
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <div className="stack" style={{ maxWidth: 960 }}>
      {dialog}
      {created ? (
        <section className="secret-box" aria-labelledby="secret-title" data-testid="token-secret">
          <h2 id="secret-title" style={{ margin: 0 }}>
            Copy the secret of “{created.name}” now
          </h2>
          <p style={{ margin: 0 }}>
            It is shown this once: Casefile stores only its hash. If you lose it, revoke the token and create another.
          </p>
          <code>{created.secret}</code>
          <div className="rel-line">
            <button
              type="button"
              className="button button-small"
              onClick={async () => {
                await navigator.clipboard?.writeText(created.secret).catch(() => undefined);
                setIsCopied(true);
              }}
            >
              {isCopied ? "Copied" : "Copy to clipboard"}
            </button>
            <button type="button" className="button button-small" onClick={() => setCreated(null)}>
              I have stored it; hide it
            </button>
          </div>
        </section>
      ) : null}
      {message ? (
        <p className={message.isError ? "alert" : "form-notice"} role={message.isError ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <section className="card" aria-labelledby="new-token-title">
        <h2 id="new-token-title">New token</h2>
        <form className="inline-form" onSubmit={onCreate} noValidate>
          <FieldShell id="token-name" label="What it is for" error={errors.name} isRequired>
            {({ describedBy, isInvalid }) => (
              <input
                id="token-name"
                className="input"
                placeholder="explainer graphic"
                value={name}
                onChange={(e) => setName(e.target.value)}
                aria-describedby={describedBy}
                aria-invalid={isInvalid || undefined}
              />
            )}
          </FieldShell>
          <FieldShell id="token-role" label="Role" error={errors.role}>
            {() => (
              <select id="token-role" className="select" value={role} onChange={(e) => setRole(e.target.value as UserRole)}>
                {roles.map((r) => (
                  <option key={r} value={r}>
                    {humanize(r)}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <button type="submit" className="button button-primary" disabled={isBusy}>
            Create token
          </button>
        </form>
      </section>
      <section className="card" aria-labelledby="tokens-title">
        <h2 id="tokens-title">Tokens ({tokens.length})</h2>
        {tokens.length === 0 ? (
          <p className="muted">No token yet.</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table" data-testid="tokens-table">
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Role</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Created</th>
                  <th scope="col">Last used</th>
                  <th scope="col">
                    <span className="visually-hidden">Actions</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {tokens.map((t) => (
                  <tr key={t.id}>
                    <th scope="row">{t.name}</th>
                    <td>{humanize(t.role)}</td>
                    <td>{t.owner.name}</td>
                    <td className="nowrap muted">{formatDateTime(t.createdAt)}</td>
                    <td className="nowrap muted">{t.lastUsedAt ? formatDateTime(t.lastUsedAt) : "never"}</td>
                    <td>
                      {t.isRevoked ? (
                        <span className="badge status-refuted">revoked</span>
                      ) : (
                        <button
                          type="button"
                          className="button button-small button-danger"
                          onClick={() => onRevoke(t)}
                          disabled={isBusy}
                        >
                          Revoke<span className="visually-hidden"> {t.name}</span>
                        </button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
