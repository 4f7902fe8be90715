-- wrk script for bench/wrk.js: POSTs the bench request and, when done, prints one JSON line (prefixed
-- BENCH_JSON) with the counts, latency percentiles and wrk's own CPU time, which wrk's text report lacks.
local function slurp(path)
  local file = assert(io.open(path, "rb"))
  local text = file:read("*a")
  file:close()
  return text
end

wrk.method = "POST"
wrk.body = slurp(os.getenv("BENCH_WRK_BODY_FILE"))
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. os.getenv("BENCH_WRK_CREDENTIAL")

-- utime + stime of the whole process (all its threads, ended ones included), in clock ticks.
local function cpu_ticks()
  local stat = slurp("/proc/self/stat")
  local fields = {}
  for field in stat:match("%) (.*)"):gmatch("%S+") do fields[#fields + 1] = field end
  -- After "pid (comm) ", field 3 of proc(5) is the first: utime (14) and stime (15) are the 12th and 13th.
  return tonumber(fields[12]) + tonumber(fields[13])
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {"requests":%d,"durationMicros":%d,"connect":%d,"read":%d,"write":%d,"status":%d,"timeout":%d,' ..
    '"p50Micros":%d,"p99Micros":%d,"maxMicros":%d,"cpuTicks":%d}\n',
    summary.requests, summary.duration, e.connect, e.read, e.write, e.status, e.timeout,
    latency:percentile(50), latency:percentile(99), latency.max, cpu_ticks()))
end
