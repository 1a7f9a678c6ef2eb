/** A rendered agreement: its download link and an inline preview (the wizard and the engage page). */
export function PdfPreview({ url, name, testId }: { url: string; name: string; testId?: string }) {
  return (
    <>
      <a className="text-sm font-semibold text-indigo-700 underline" href={url} download={name} data-testid={testId}>
        Download {name}
      </a>
      <object
        data={url}
        type="application/pdf"
        className="h-96 w-full rounded border"
        aria-label={`Preview of ${name}`}
      >
        <p className="text-sm">Your browser cannot show PDFs here: download it to read it.</p>
      </object>
    </>
  );
}
