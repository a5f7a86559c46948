/** What a QR code generator hands back: a square of modules. */
export interface QrModules {
  readonly size: number;
  get(x: number, y: number): boolean;
}

/** A QR code ready to draw: its size in modules and one SVG path of its dark modules. */
export interface QrDrawing {
  readonly size: number;
  readonly path: string;
}

/**
 * One SVG path for the dark modules, a rectangle per horizontal run (`M x y h n v 1 h -n z`), so
 * a 37×37 code is a few hundred short commands and the picture stays crisp at any size. Built as
 * a string for the `d` attribute; nothing is ever parsed as markup.
 */
export function toQrPath(code: QrModules): string {
  const commands: string[] = [];
  for (let y = 0; y < code.size; y += 1) {
    let x = 0;
    while (x < code.size) {
      if (!code.get(x, y)) {
        x += 1;
        continue;
      }
      const start = x;
      while (x < code.size && code.get(x, y)) x += 1;
      commands.push(`M${start} ${y}h${x - start}v1h-${x - start}z`);
    }
  }
  return commands.join("");
}

const drawings = new Map<string, Promise<QrDrawing>>();

/**
 * Draws `text` as a QR code with lean-qr, loaded on first use through a dynamic `import()` so the
 * library lands in its own chunk: apps pay for it only when a TOTP set-up appears. Memoised per
 * text (a remount draws nothing twice); a failed load is forgotten so a later mount retries.
 */
export function drawQrCode(text: string): Promise<QrDrawing> {
  let drawing = drawings.get(text);
  if (drawing === undefined) {
    drawing = import("lean-qr/nano").then(({ correction, generate }) => {
      // Level M: recovers from ~15% damage (a glare, a smudge) at a size phones read easily.
      const code = generate(text, { minCorrectionLevel: correction.M });
      return { size: code.size, path: toQrPath(code) };
    });
    drawing.catch(() => drawings.delete(text));
    drawings.set(text, drawing);
  }
  return drawing;
}
