// L2-regularised logistic regression by Newton's method (iteratively reweighted least squares):
// a handful of features, tens of thousands of pairs, converges in a few iterations.

export interface LogisticFit {
  bias: number;
  weights: number[];
  iterations: number;
}

/** `rowWeights`: how much each row counts (1 each when absent), so corpora of different sizes can weigh alike. */
export function fitLogistic(rows: number[][], labels: number[], lambda = 1, maxIterations = 50, rowWeights?: number[]): LogisticFit {
  const d = (rows[0]?.length ?? 0) + 1; // +1: the bias, never penalised
  let w = new Array<number>(d).fill(0);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const gradient = new Array<number>(d).fill(0);
    const hessian = Array.from({ length: d }, () => new Array<number>(d).fill(0));
    rows.forEach((row, r) => {
      const x = [1, ...row];
      let z = 0;
      for (let k = 0; k < d; k++) z += w[k]! * x[k]!;
      const p = 1 / (1 + Math.exp(-z));
      const c = rowWeights?.[r] ?? 1;
      const s = c * Math.max(p * (1 - p), 1e-9);
      for (let k = 0; k < d; k++) {
        gradient[k]! += c * (labels[r]! - p) * x[k]!;
        for (let l = k; l < d; l++) hessian[k]![l]! += s * x[k]! * x[l]!;
      }
    });
    for (let k = 0; k < d; k++) for (let l = 0; l < k; l++) hessian[k]![l] = hessian[l]![k]!;
    for (let k = 1; k < d; k++) {
      gradient[k]! -= lambda * w[k]!;
      hessian[k]![k]! += lambda;
    }
    const step = solve(hessian, gradient);
    w = w.map((v, k) => v + step[k]!);
    if (Math.max(...step.map(Math.abs)) < 1e-7) break;
  }
  return { bias: w[0]!, weights: w.slice(1), iterations };
}

/** Solves A x = b by Gaussian elimination with partial pivoting (A is small and positive definite). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(m[r]![col]!) > Math.abs(m[pivot]![col]!)) pivot = r;
    [m[col], m[pivot]] = [m[pivot]!, m[col]!];
    const p = m[col]![col]! || 1e-12;
    for (let r = col + 1; r < n; r++) {
      const f = m[r]![col]! / p;
      for (let c = col; c <= n; c++) m[r]![c]! -= f * m[col]![c]!;
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = m[r]![n]!;
    for (let c = r + 1; c < n; c++) s -= m[r]![c]! * x[c]!;
    x[r] = s / (m[r]![r]! || 1e-12);
  }
  return x;
}
