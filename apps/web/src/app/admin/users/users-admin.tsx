"use client";

import { createUserInput } from "@casefile/schema/validators";
import { useRouter } from "next/navigation";
import { type FormEvent, useState } from "react";
import { FieldShell } from "@/components/forms/field-control";
import type { UserRole, UsersQuery } from "@/gql/graphql";
import { apiFieldErrors, describeFailure, type FieldErrors, zodFieldErrors } from "@/lib/form";
import { formatDateTime, humanize } from "@/lib/format";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import { CreateUserMutation, SetUserDisabledMutation, UpdateUserRoleMutation } from "@/operations/admin";

type User = UsersQuery["users"]["edges"][number]["node"];
const ROLES: UserRole[] = ["VIEWER", "EDITOR", "ADMIN"];

export function UsersAdmin({ users, viewerId }: { users: readonly User[]; viewerId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<{ text: string; isError?: boolean } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [draft, setDraft] = useState({ name: "", email: "", role: "EDITOR", password: "" });
  const [errors, setErrors] = useState<FieldErrors>({});

  const run = async (id: string, work: () => Promise<string>) => {
    setBusyId(id);
    setMessage(null);
    try {
      setMessage({ text: await work() });
      router.refresh();
    } catch (error) {
      setMessage({ text: describeFailure(error), isError: true });
    } finally {
      setBusyId(null);
    }
  };

  const onCreate = async (event: FormEvent) => {
    event.preventDefault();
    const checked = createUserInput.safeParse(draft);
    if (!checked.success) return setErrors(zodFieldErrors(checked.error));
    setErrors({});
    setBusyId("new");
    try {
      const data = await clientQuery(CreateUserMutation, { input: { ...draft, role: draft.role as UserRole } });
      setMessage({ text: `Created the account of ${data.createUser.user.name}. Give them the password over a safe channel.` });
      setDraft({ name: "", email: "", role: "EDITOR", password: "" });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.code === "BAD_USER_INPUT") setErrors(apiFieldErrors(error));
      else setMessage({ text: describeFailure(error), isError: true });
    } finally {
      setBusyId(null);
    }
  };

  return (
    <div className="stack">
      {message ? (
        <p className={message.isError ? "alert" : "form-notice"} role={message.isError ? "alert" : "status"}>
          {message.text}
        </p>
      ) : null}
      <section className="card" aria-labelledby="users-title">
        <h2 id="users-title">Accounts ({users.length})</h2>
        <div className="table-scroll">
          <table className="data-table" data-testid="users-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Email</th>
                <th scope="col">Role</th>
                <th scope="col">Status</th>
                <th scope="col">Since</th>
              </tr>
            </thead>
            <tbody>
              {users.map((u) => (
                <tr key={u.id}>
                  <th scope="row">
                    {u.name}
                    {u.id === viewerId ? <span className="muted"> (you)</span> : null}
                  </th>
                  <td className="mono">{u.email}</td>
                  <td>
                    <select
                      className="select"
                      aria-label={`Role of ${u.name}`}
                      value={u.role}
                      disabled={busyId !== null}
                      onChange={(e) => {
                        const role = e.target.value as UserRole;
                        void run(u.id, async () => {
                          await clientQuery(UpdateUserRoleMutation, { input: { id: u.id, role } });
                          return `${u.name} is now ${humanize(role).toLowerCase()}.`;
                        });
                      }}
                    >
                      {ROLES.map((r) => (
                        <option key={r} value={r}>
                          {humanize(r)}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>
                    <span className={`badge ${u.isDisabled ? "status-refuted" : "status-confirmed"}`}>
                      {u.isDisabled ? "disabled" : "active"}
                    </span>{" "}
                    <button
                      type="button"
                      className="button button-small"
                      disabled={busyId !== null || u.id === viewerId}
                      onClick={() =>
                        run(u.id, async () => {
                          await clientQuery(SetUserDisabledMutation, { input: { id: u.id, isDisabled: !u.isDisabled } });
                          return `${u.name} is ${u.isDisabled ? "enabled again" : "disabled; their sessions and tokens stop working"}.`;
                        })
                      }
                    >
                      {u.isDisabled ? "Enable" : "Disable"}
                      <span className="visually-hidden"> {u.name}</span>
                    </button>
                  </td>
                  <td className="muted nowrap">{formatDateTime(u.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section className="card" aria-labelledby="new-user-title">
        <h2 id="new-user-title">New account</h2>
        <form className="form-grid" onSubmit={onCreate} noValidate>
          {(["name", "email", "password"] as const).map((field) => (
            <FieldShell
              key={field}
              id={`new-user-${field}`}
              label={humanize(field)}
              error={errors[field]}
              hint={
                field === "password"
                  ? "At least 12 characters; not the demo password, a common one, one character repeated or the email's name."
                  : undefined
              }
              isRequired
            >
              {({ describedBy, isInvalid }) => (
                <input
                  id={`new-user-${field}`}
                  className="input"
                  type={field === "password" ? "password" : field === "email" ? "email" : "text"}
                  autoComplete={field === "password" ? "new-password" : "off"}
                  value={draft[field]}
                  onChange={(e) => setDraft((d) => ({ ...d, [field]: e.target.value }))}
                  aria-describedby={describedBy}
                  aria-invalid={isInvalid || undefined}
                />
              )}
            </FieldShell>
          ))}
          <FieldShell id="new-user-role" label="Role" error={errors.role}>
            {() => (
              <select
                id="new-user-role"
                className="select"
                value={draft.role}
                onChange={(e) => setDraft((d) => ({ ...d, role: e.target.value }))}
              >
                {ROLES.map((r) => (
                  <option key={r} value={r}>
                    {humanize(r)}
                  </option>
                ))}
              </select>
            )}
          </FieldShell>
          <div className="form-actions form-field-wide">
            <button type="submit" className="button button-primary" disabled={busyId !== null}>
              Create account
            </button>
          </div>
        </form>
      </section>
    </div>
  );
}
