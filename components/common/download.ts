// Saves text (or bytes: Parquet) as a file through an object URL and an <a download>: no
// downloads permission needed.

/**
 * A file's content: text; text in pieces, the file being the pieces one after another (a CSV or
 * NDJSON export, which can be longer than one string holds: lib/transfer/chunked-build.ts); or
 * bytes (Parquet).
 */
export type FileContent = string | readonly string[] | ArrayBuffer;

export type Download = (content: FileContent, fileName: string, mime: string) => void;

/** The content as a Blob's parts: pieces stay pieces, never joined into one string. */
export const blobParts = (content: FileContent): BlobPart[] =>
  Array.isArray(content) ? [...(content as readonly string[])] : [content as string | ArrayBuffer];

export const downloadText: Download = (content, fileName, mime) => {
  const url = URL.createObjectURL(new Blob(blobParts(content), { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoked later, not at once: some browsers start reading the blob after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
};
