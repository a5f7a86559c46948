/** How a copy ended: `copied` (on the clipboard) or `manual` (selected; the person presses Ctrl+C / ⌘C). */
export type CopyResult = "copied" | "manual";

/** What copying needs from the browser, injectable for tests. */
export interface CopyEnvironment {
  readonly clipboard?: { writeText(text: string): Promise<void> } | undefined;
  readonly document?: Document | undefined;
}

function selectContents(element: Element, document: Document): boolean {
  const selection = document.getSelection();
  if (selection === null) return false;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
  return true;
}

/**
 * Copies `text` with the async Clipboard API. Where that is missing or refused (an insecure
 * context, an old WebView, a denied permission), selects `fallbackElement` instead so the person
 * can copy it themselves, and says so; the text is never lost and never logged.
 */
export async function copyText(
  text: string,
  fallbackElement: Element | null,
  env: CopyEnvironment = {
    clipboard: typeof navigator === "undefined" ? undefined : navigator.clipboard,
    document: typeof document === "undefined" ? undefined : document,
  },
): Promise<CopyResult> {
  if (env.clipboard !== undefined) {
    try {
      await env.clipboard.writeText(text);
      return "copied";
    } catch {
      // Refused (permissions policy, document not focused): fall through to the selection.
    }
  }
  if (fallbackElement !== null && env.document !== undefined) {
    selectContents(fallbackElement, env.document);
  }
  return "manual";
}
