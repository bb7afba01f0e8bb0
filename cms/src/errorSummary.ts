/**
 * One line saying what went wrong, for logs read by people: the database's own reason rather than drizzle's
 * "Failed query: <the whole SQL>", and never a stack or a serialised job.
 */
export function errorSummary(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  const message =
    cause instanceof Error && /^Failed query:/.test((error as Error).message)
      ? cause.message
      : error instanceof Error
        ? error.message
        : String(error);
  return message.split('\n')[0]!.slice(0, 300);
}
