/**
 * Printing into a console whose prompt may be up: a log line, or a digest that fell due, appears
 * above the prompt and the half-typed line is drawn again under it, cursor where it was. On a
 * terminal that means erasing the prompt's rows (a long line wraps), printing, and re-prompting;
 * on a pipe, a newline after a pending prompt and the prompt again.
 */
import { clearScreenDown, cursorTo, moveCursor, type Interface } from 'node:readline';
import type { Writable } from 'node:stream';

/** Prints text at the right place whatever the prompt is doing. */
export interface LinePrinter {
  /** Prints `text` (a newline is added when missing) above the prompt when it is up. */
  print(text: string): void;
  /** The prompt is up (waiting for a line) or not (a command is being answered). */
  setPrompting(up: boolean): void;
}

/** Creates the printer for a readline interface on `output`. */
export function createLinePrinter(rl: Interface, output: Writable, terminal: boolean): LinePrinter {
  let prompting = false;
  return {
    setPrompting(up) {
      prompting = up;
    },
    print(text) {
      const block = text.endsWith('\n') ? text : `${text}\n`;
      if (!prompting) {
        output.write(block);
        return;
      }
      if (terminal) {
        // Back to the prompt's first row, wipe it and any rows the typed line wrapped onto.
        const { rows } = rl.getCursorPos();
        moveCursor(output, 0, -rows);
        cursorTo(output, 0);
        clearScreenDown(output);
        output.write(block);
        rl.prompt(true);
      } else {
        output.write(`\n${block}`);
        rl.prompt();
      }
    },
  };
}
