"use client";

import { useRouter } from "next/navigation";
import { type FormEvent, useId, useState } from "react";
import { clientQuery } from "@/lib/graphql-client";
import { ApiError } from "@/lib/graphql-errors";
import { LoginMutation } from "@/operations/auth";

function messageFor(error: unknown): string {
  if (error instanceof ApiError) {
    if (error.code === "UNAUTHENTICATED" || error.code === "BAD_USER_INPUT")
      return "That email and password do not match an account.";
    if (error.code === "RATE_LIMITED") {
      // The API says how long the throttle lasts (from seconds up to 15 minutes after repeated failures).
      const seconds = Number(error.errors[0]?.extensions?.retryAfterSeconds);
      if (!Number.isFinite(seconds) || seconds <= 0) return "Too many attempts. Wait a while and try again.";
      const wait = seconds < 90 ? `${Math.ceil(seconds)} seconds` : `${Math.ceil(seconds / 60)} minutes`;
      return `Too many attempts. Try again in ${wait}.`;
    }
    return error.message;
  }
  return "Sign-in failed. Try again.";
}

/** Posts the `login` mutation through the same-origin proxy; the API sets the httpOnly session cookie. */
export function SignInForm({ next }: { next: string }) {
  const router = useRouter();
  const errorId = useId();
  const [error, setError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    if (!email || !password) {
      setError("Enter your email and password.");
      return;
    }
    setIsBusy(true);
    setError(null);
    try {
      const data = await clientQuery(LoginMutation, { input: { email, password } });
      if (!data.login.viewer) throw new ApiError("That email and password do not match an account.", "UNAUTHENTICATED");
      router.push(next);
      router.refresh();
    } catch (caught) {
      setError(messageFor(caught));
      setIsBusy(false);
    }
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-describedby={error ? errorId : undefined}>
      <label className="field">
        <span>Email</span>
        <input
          className="input"
          type="email"
          name="email"
          autoComplete="username"
          required
          aria-invalid={error ? true : undefined}
        />
      </label>
      <label className="field">
        <span>Password</span>
        <input
          className="input"
          type="password"
          name="password"
          autoComplete="current-password"
          required
          aria-invalid={error ? true : undefined}
        />
      </label>
      {error ? (
        <p id={errorId} className="alert" role="alert">
          {error}
        </p>
      ) : null}
      <button type="submit" className="button button-primary" disabled={isBusy}>
        {isBusy ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
