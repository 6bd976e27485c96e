export interface Notice {
  text: string;
  error: boolean;
}

/**
 * Where a page reports the outcome of an action: a success in a polite live region (announced without
 * moving the focus), an error as an alert.
 */
export function NoticeArea({ notice }: { notice: Notice | null }) {
  return (
    <>
      <div role="status" className="live">
        {notice && !notice.error && <p className="notice notice--ok">{notice.text}</p>}
      </div>
      {notice?.error && (
        <p className="notice notice--error" role="alert">
          {notice.text}
        </p>
      )}
    </>
  );
}
