import "server-only";

/**
 * Maximum-weight assignment with capacities, on a dense weight matrix (row-major, rows × cols):
 * row r takes at most rowCapacity[r] columns, column c at most colCapacity[c] rows, and a pair
 * is used at most once. `NaN` marks a forbidden pair. The result maximises first the number of
 * allowed pairs, then their total weight. Returns the pairs as [row, column].
 *
 * In suggest.ts the rows are applications (capacity 1) and the columns mentors (capacity: their
 * free places), so a mentor's places are not copied into identical columns.
 *
 * The method is the shortest augmenting path one (Jonker–Volgenant) as Crouse describes it for
 * rectangular problems ("On implementing 2D rectangular assignment algorithms", 2016; the
 * algorithm scipy's `linear_sum_assignment` runs), extended to capacities as a transport
 * problem: one Dijkstra search per place to fill, over the columns not yet reached, preferring
 * a column with room among equally short ones, with the dual variables updated once per
 * search. A warm start lets every place take its cheapest column while that has room.
 */
export function maxWeightTransport(
  rows: number,
  cols: number,
  weight: Float64Array,
  rowCapacity: ArrayLike<number>,
  colCapacity: ArrayLike<number>,
): [number, number][] {
  let rowTotal = 0;
  let colTotal = 0;
  let rowMax = 0;
  let colMax = 0;
  for (let r = 0; r < rows; r++) {
    rowTotal += rowCapacity[r];
    rowMax = Math.max(rowMax, rowCapacity[r]);
  }
  for (let c = 0; c < cols; c++) {
    colTotal += colCapacity[c];
    colMax = Math.max(colMax, colCapacity[c]);
  }
  // With places on both sides a pair could be taken twice; suggest.ts never needs that.
  if (rowMax > 1 && colMax > 1) throw new Error("maxWeightTransport: one side's capacities must be at most 1.");
  if (!rowTotal || !colTotal) return [];
  // The searches fill the smaller side's places, each finding room on the other side.
  const flip = rowTotal > colTotal;
  const problem = flip
    ? { n: cols, m: rows, cap: colCapacity, room: rowCapacity, units: colTotal }
    : { n: rows, m: cols, cap: rowCapacity, room: colCapacity, units: rowTotal };
  const { n, m } = problem;

  // Costs to minimise, n × m: allowed pairs cost (maxW - w) ≥ 0; forbidden ones cost more than
  // any set of allowed pairs, so a forbidden pair is used only when nothing else is left (and
  // then left out of the result).
  let maxW = 0;
  for (let k = 0; k < weight.length; k++) {
    const w = weight[k];
    if (w === w && (!Number.isInteger(w) || w < 0 || w > 1_000_000)) {
      throw new Error("maxWeightTransport: weights must be whole numbers from 0 to 1,000,000.");
    }
    if (w > maxW) maxW = w;
  }
  const forbidden = (maxW + 1) * (problem.units + 1) + 1;
  // Distances and potentials stay within a few forbidden costs: 32 bits must hold them.
  if (forbidden * 4 > INF) throw new Error("maxWeightTransport: problem too large.");
  const cost = new Int32Array(n * m);
  // In tiles, so that the transposed writes stay in the cache.
  const TILE = 64;
  for (let r0 = 0; r0 < rows; r0 += TILE) {
    for (let c0 = 0; c0 < cols; c0 += TILE) {
      for (let r = r0; r < Math.min(rows, r0 + TILE); r++) {
        for (let c = c0; c < Math.min(cols, c0 + TILE); c++) {
          const w = weight[r * cols + c];
          cost[flip ? c * m + r : r * m + c] = w === w ? maxW - w : forbidden;
        }
      }
    }
  }

  const state = new Transport(n, m, cost, problem.cap, problem.room);
  for (const start of state.warmStart()) state.augment(start);

  const pairs: [number, number][] = [];
  state.forEachPair((i, j) => {
    const [row, col] = flip ? [j, i] : [i, j];
    if (!Number.isNaN(weight[row * cols + col])) pairs.push([row, col]);
  });
  return pairs;
}

/** One column per row (capacities 1): result[row] = column, or -1. */
export function maxWeightAssignment(rows: number, cols: number, weight: Float64Array): Int32Array {
  const result = new Int32Array(rows).fill(-1);
  const ones = (k: number) => new Uint8Array(k).fill(1);
  for (const [row, col] of maxWeightTransport(rows, cols, weight, ones(rows), ones(cols))) result[row] = col;
  return result;
}

/** Costs, potentials and distances are whole numbers, in 32 bits for the hot loop. */
const INF = 0x7fffffff;

/** The searches' state: potentials, who holds what, and the arrays each search reuses. */
class Transport {
  readonly u: Int32Array;
  readonly v: Int32Array;
  /** The columns each row holds, and the rows each column holds. */
  readonly colsOf: number[][];
  readonly rowsOf: number[][];
  readonly distance: Int32Array;
  /** path[j]: the row from which column j was reached; via[i]: the column through which row i was. */
  readonly path: Int32Array;
  readonly via: Int32Array;
  readonly rowSeen: Uint8Array;
  /** How many more rows each column can take. */
  readonly spare: Int32Array;

  constructor(
    readonly n: number,
    readonly m: number,
    readonly cost: Int32Array,
    readonly cap: ArrayLike<number>,
    room: ArrayLike<number>,
  ) {
    this.spare = Int32Array.from(room);
    this.u = new Int32Array(n);
    this.v = new Int32Array(m);
    this.colsOf = Array.from({ length: n }, () => []);
    this.rowsOf = Array.from({ length: m }, () => []);
    this.distance = new Int32Array(m);
    this.path = new Int32Array(m);
    this.via = new Int32Array(n).fill(-1);
    this.rowSeen = new Uint8Array(n);
  }

  /**
   * Warm start: each row, in turn, takes its nearest columns (by cost minus the column's
   * potential) while they are empty and it has places, its potential becomes the cost of the
   * last one taken, and each column taken gets the potential (≤ 0) that makes its reduced cost
   * 0. Reduced costs stay ≥ 0, are 0 on every pair taken, and columns nobody holds keep
   * potential 0, as the searches need. Returns one entry per place still to fill.
   */
  warmStart(): number[] {
    const { n, m, cost, u, v } = this;
    const mark = new Uint8Array(m);
    const left: number[] = [];
    for (let i = 0; i < n; i++) {
      const base = i * m;
      const taken: number[] = [];
      let nearest = INF;
      while (taken.length < this.cap[i]) {
        let best = INF;
        let at = -1;
        for (let j = 0; j < m; j++) {
          if (mark[j]) continue;
          const r = cost[base + j] - v[j];
          if (r < best || (r === best && this.empty(j) && !this.empty(at))) {
            best = r;
            at = j;
          }
        }
        if (at < 0) break;
        // A column held or without room: the row stops here (its potential is that column's
        // value when it has taken nothing yet).
        if (!this.empty(at)) {
          if (!taken.length) nearest = best;
          break;
        }
        nearest = best;
        taken.push(at);
        mark[at] = 1;
      }
      u[i] = nearest;
      for (const j of taken) {
        v[j] = cost[base + j] - nearest;
        mark[j] = 0;
        this.take(i, j);
      }
      for (let k = taken.length; k < this.cap[i]; k++) left.push(i);
    }
    return left;
  }

  /** Nobody holds the column and it has room: its potential is still 0. */
  empty(j: number) {
    return j >= 0 && this.rowsOf[j].length === 0 && this.spare[j] > 0;
  }

  take(i: number, j: number) {
    this.colsOf[i].push(j);
    this.rowsOf[j].push(i);
    this.spare[j]--;
  }

  release(i: number, j: number) {
    const cols = this.colsOf[i];
    cols.splice(cols.indexOf(j), 1);
    const rows = this.rowsOf[j];
    rows.splice(rows.indexOf(i), 1);
    this.spare[j]++;
  }

  /**
   * Scans a reached row: lowers the distance of every column not yet reached (popped columns
   * have distance -1) and returns the nearest such column, one with room first among equals.
   * With `row` -1 it only looks for the nearest.
   */
  scan(row: number, shortest: number): number {
    const { m, cost, v, distance, path, spare } = this;
    const base = row * m;
    const ur = row < 0 ? 0 : this.u[row] - shortest;
    let best = INF;
    let bestAt = -1;
    for (let j = 0; j < m; j++) {
      let d = distance[j];
      if (d < 0) continue;
      if (row >= 0) {
        const reduced = (cost[base + j] - ur - v[j]) | 0;
        if (reduced < d) {
          path[j] = row;
          distance[j] = d = reduced;
        }
      }
      if (d < best || (d === best && spare[j] > 0)) {
        best = d;
        bestAt = j;
      }
    }
    return bestAt;
  }

  /** One Dijkstra search from a row with a place to fill, then the path flipped. */
  augment(start: number) {
    const { u, v, distance, path, spare, rowSeen, via } = this;
    distance.fill(INF);
    let shortest = 0;
    let sink = -1;
    const reachedRows = [start];
    const rowDistance = [0];
    const reachedCols: number[] = [];
    const colDistance: number[] = [];
    let queue = [start];
    rowSeen[start] = 1;
    while (sink < 0) {
      // Every row reached at this distance is scanned; the last scan, which sees all the
      // others' updates, names the nearest column not yet reached.
      let nearest = -1;
      for (const row of queue) nearest = this.scan(row, shortest);
      if (!queue.length) nearest = this.scan(-1, shortest);
      if (nearest < 0) throw new Error("maxWeightTransport: no room left for a place.");
      const j = nearest;
      shortest = distance[j];
      reachedCols.push(j);
      colDistance.push(shortest);
      distance[j] = -1;
      if (spare[j] > 0) sink = j;
      else {
        // A full column: the rows holding it are reached at its distance.
        queue = this.rowsOf[j].filter((i) => !rowSeen[i]);
        for (const i of queue) {
          rowSeen[i] = 1;
          via[i] = j;
          reachedRows.push(i);
          rowDistance.push(shortest);
        }
      }
    }

    // Dual update for what this search reached, then flip the path.
    reachedRows.forEach((i, k) => {
      u[i] += shortest - rowDistance[k];
      rowSeen[i] = 0;
    });
    reachedCols.forEach((j, k) => (v[j] -= shortest - colDistance[k]));
    let j = sink;
    for (;;) {
      const i = path[j];
      const previous = via[i];
      if (i !== start) this.release(i, previous);
      this.take(i, j);
      if (i === start) break;
      j = previous;
    }
    for (const i of reachedRows) via[i] = -1;
  }

  forEachPair(visit: (i: number, j: number) => void) {
    this.colsOf.forEach((cols, i) => cols.forEach((j) => visit(i, j)));
  }
}
