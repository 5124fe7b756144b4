import Link from "next/link";

export default function NotFound() {
  return (
    <div className="state" role="status">
      <h1>Not found</h1>
      <p>There is no record at this address. It may have been merged or deleted.</p>
      <p>
        <Link href="/">Back to the case overview</Link> or <Link href="/search">search</Link>.
      </p>
    </div>
  );
}
