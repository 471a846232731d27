import "server-only";
/**
 * Maximum-weight assignment of rows to columns (Hungarian method, shortest augmenting paths
 * with potentials, O(n²·m) for n ≤ m), on a dense weight matrix. `NaN` marks a forbidden
 * pair. The result maximises first the number of allowed pairs, then their total weight.
 *
 * Each row is assigned to at most one column and each column to at most one row; mentors with
 * capacity c appear as c columns (see suggest.ts).
 */
export function maxWeightAssignment(rows: number, cols: number, weight: Float64Array): Int32Array {
  const transpose = rows > cols;
  const n = transpose ? cols : rows;
  const m = transpose ? rows : cols;
  const at = transpose
    ? (i: number, j: number) => weight[j * cols + i]
    : (i: number, j: number) => weight[i * cols + j];

  // Costs to minimise: allowed pairs cost (maxW - w) ≥ 0; forbidden ones cost more than any
  // set of allowed pairs, so a forbidden pair is used only when nothing else is left.
  let maxW = 0;
  for (let k = 0; k < weight.length; k++) if (!Number.isNaN(weight[k]) && weight[k] > maxW) maxW = weight[k];
  const forbidden = (maxW + 1) * (n + 1) + 1;
  const cost = new Float64Array((n + 1) * (m + 1));
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const w = at(i - 1, j - 1);
      cost[i * (m + 1) + j] = Number.isNaN(w) ? forbidden : maxW - w;
    }
  }

  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row assigned to column j (0 = none)
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0];
      const rowBase = i0 * (m + 1);
      const ui0 = u[i0];
      let delta = Infinity;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = cost[rowBase + j] - ui0 - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0);
  }

  // result[row] = column, or -1 when unassigned or only a forbidden pair was left
  const result = new Int32Array(rows).fill(-1);
  for (let j = 1; j <= m; j++) {
    const i = p[j];
    if (!i) continue;
    const [row, col] = transpose ? [j - 1, i - 1] : [i - 1, j - 1];
    if (!Number.isNaN(weight[row * cols + col])) result[row] = col;
  }
  return result;
}
