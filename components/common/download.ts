// Saves text (or bytes: Parquet) as a file through an object URL and an <a download>: no
// downloads permission needed.
export type Download = (content: string | ArrayBuffer, fileName: string, mime: string) => void;

export const downloadText: Download = (content, fileName, mime) => {
  const url = URL.createObjectURL(new Blob([content], { type: mime }));
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
