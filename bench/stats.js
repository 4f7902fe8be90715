// Summary statistics the bench scripts share.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function quantile(values, q) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  return sorted[lo] + (sorted[Math.ceil(at)] - sorted[lo]) * (at - lo);
}

/** Of ratios: a factor that favours one side in half the samples and the other side in the rest cancels out. */
export function geometricMean(values) {
  return values.length === 0 ? NaN : Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

/** The standard error of the mean of the ratios' logarithms: roughly ± that fraction around the geometric mean. */
export function standardErrorOfLogs(values) {
  const logs = values.map(Math.log);
  const mean = logs.reduce((a, b) => a + b, 0) / logs.length;
  const variance = logs.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (logs.length - 1);
  return Math.sqrt(variance / logs.length);
}

// Student's t, 97.5th percentile, for 1-30 degrees of freedom: a table because the bench needs only these
// and no statistics package is worth a dependency for it. Past 30 the last row is used: at most 4% wider than
// the exact value (1.96 in the limit), so a verdict errs towards NOISE, never towards PASS or MISS.
const T_975 = [12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131,
  2.12, 2.11, 2.101, 2.093, 2.086, 2.08, 2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042];

/**
 * The 95% confidence interval of the geometric mean of `ratios` (a t interval on their logarithms, each cycle a
 * sample): where the true ratio lies, given this run's spread. Undefined with fewer than two ratios.
 */
export function geometricInterval(ratios) {
  if (ratios.length < 2) return undefined;
  const centre = Math.log(geometricMean(ratios));
  const half = T_975[Math.min(ratios.length - 2, T_975.length - 1)] * standardErrorOfLogs(ratios);
  return [Math.exp(centre - half), Math.exp(centre + half)];
}

/**
 * A run's verdict on a target: `PASS` when the whole interval is at or above it, `MISS` when the whole interval
 * is below, and `NOISE` when the interval straddles it, so the run cannot tell (the point estimate is no answer).
 */
export function verdict(interval, target) {
  if (interval === undefined) return 'NOISE';
  if (interval[0] >= target) return 'PASS';
  if (interval[1] < target) return 'MISS';
  return 'NOISE';
}
