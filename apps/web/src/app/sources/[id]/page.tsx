import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApiErrorState } from "@/components/api-error";
import { attempt } from "@/lib/attempt";
import { formatPartialDate, humanize, pluralize } from "@/lib/format";
import { serverQueryOrNotFound } from "@/lib/graphql-server";
import { param } from "@/lib/search-params";
import { parseAt } from "@/lib/segments";
import { SourceReaderQuery } from "@/operations/source";
import { type ReaderSource, SourceReader } from "./source-reader";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { id } = await params;
  const result = await attempt(() => serverQueryOrNotFound(SourceReaderQuery, { id: decodeURIComponent(id) }));
  const node = result.isOk ? result.data.node : null;
  return { title: node && "title" in node ? node.title : "Source" };
}

export default async function SourcePage({ params, searchParams }: Props) {
  const { id: rawId } = await params;
  const at = parseAt(param(await searchParams, "at"));
  const result = await attempt(() => serverQueryOrNotFound(SourceReaderQuery, { id: decodeURIComponent(rawId) }));
  if (!result.isOk) return <ApiErrorState error={result.error} what="this source" />;
  const node = result.data.node;
  if (node?.__typename !== "Source") notFound();
  const source = node as ReaderSource;
  const anchored = source.citations.filter((c) => c.position).length;

  return (
    <>
      <nav aria-label="Breadcrumb" className="breadcrumbs">
        <ol>
          <li>
            <Link href="/sources">Sources</Link>
          </li>
          <li aria-current="page">{source.title}</li>
        </ol>
      </nav>
      <div className="page-header">
        <div>
          <div className="entity-title">
            <h1>{source.title}</h1>
            <span className="badge badge-neutral">{humanize(source.kind)}</span>
            {source.hasText ? null : <span className="badge badge-neutral">metadata only</span>}
          </div>
          <p>
            {[
              source.publisher,
              source.author,
              source.publishedDate ? formatPartialDate(source.publishedDate, source.publishedDatePrecision) : null,
            ]
              .filter(Boolean)
              .join(" · ")}
            {source.url ? (
              <>
                {" · "}
                <a href={source.url} rel="noreferrer noopener" target="_blank">
                  original
                  <span className="visually-hidden"> (opens the publisher&apos;s site in a new tab)</span>
                </a>
              </>
            ) : null}
          </p>
          <p>
            {pluralize(source.citations.length, "citation")}
            {source.hasText ? ` (${anchored} anchored in the text)` : " by locator"} ·{" "}
            {pluralize(source.annotations.length, "annotation")}
            {source.hasText ? ` · text version ${source.textVersion}` : ""}
          </p>
        </div>
      </div>
      {source.description ? <p style={{ maxWidth: "80ch" }}>{source.description}</p> : null}
      <SourceReader source={source} at={at} />
    </>
  );
}
