import { notFound } from "next/navigation";
import { CaseHeaderQuery } from "@/operations/timeline";
import { serverQuery } from "./graphql-server";

/** The case named in the URL (id, slug, titles), or the 404 page. */
export async function getCaseHeader(rawSlug: string) {
  const slug = decodeURIComponent(rawSlug);
  const data = await serverQuery(CaseHeaderQuery, { slug });
  if (!data.case) notFound();
  return data.case;
}
