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
