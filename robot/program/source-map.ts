/**
 * Just enough of the source map v3 format to map sucrase's output back to the student's
 * TypeScript. Sucrase keeps every line where it was and maps each token, so a position
 * maps by line, then by the nearest token at or before the column.
 */

/** Per generated line: pairs of [generatedColumn, sourceColumn], 0-based, sorted by generated column. */
export type LineMappings = Int32Array[];

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

/** Decodes the `mappings` field; keeps generated and source columns (lines are kept by sucrase). */
export function decodeMappings(mappings: string): LineMappings {
  const lines: LineMappings = [];
  let segments: number[] = [];
  const fields = [0, 0, 0, 0];
  let sourceColumn = 0;
  let field = 0;
  let value = 0;
  let shift = 0;
  const endSegment = () => {
    if (field >= 4) {
      sourceColumn += fields[3] ?? 0;
      segments.push(fields[0] ?? 0, sourceColumn);
    }
    field = 0;
  };
  let generatedColumn = 0;
  for (let i = 0; i <= mappings.length; i++) {
    const ch = i < mappings.length ? mappings.charCodeAt(i) : 59; // ';' ends the last line
    if (ch === 59 || ch === 44) {
      endSegment();
      if (ch === 59) {
        lines.push(Int32Array.from(segments));
        segments = [];
        generatedColumn = 0;
        fields[0] = 0;
      }
      continue;
    }
    const digit = DIGIT[ch] ?? -1;
    if (digit < 0) continue;
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    const decoded = value & 1 ? -(value >>> 1) : value >>> 1;
    if (field === 0) {
      generatedColumn += decoded;
      fields[0] = generatedColumn;
    } else {
      fields[field] = decoded;
    }
    field++;
    value = 0;
    shift = 0;
  }
  return lines;
}

/** Maps a 0-based generated column on `line` (0-based) to the 0-based source column. */
export function sourceColumn(lines: LineMappings, line: number, column: number): number {
  const segments = lines[line];
  if (!segments || segments.length === 0) return column;
  let best = -1;
  for (let i = 0; i < segments.length; i += 2) {
    if ((segments[i] ?? 0) <= column) best = i;
    else break;
  }
  if (best < 0) return column;
  // Inside a token the offset carries over (sucrase copies tokens verbatim).
  return (segments[best + 1] ?? 0) + column - (segments[best] ?? 0);
}
