import type { Metadata } from "next";
import { isReadingPublic } from "@/lib/public-read";
import { safeNext } from "@/lib/safe-next";
import { param } from "@/lib/search-params";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const next = safeNext(param(await searchParams, "next"));
  return (
    <section className="card auth-card" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in to Casefile</h1>
      <p className="muted" data-testid="sign-in-intro">
        {(await isReadingPublic())
          ? "Editors sign in to curate records and annotate sources. Anyone may read the case file without signing in."
          : "Sign in to read the case file. Editors also curate records and annotate sources."}
      </p>
      <SignInForm next={next} />
    </section>
  );
}
