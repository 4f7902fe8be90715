/**
 * One Lua script evaluates ALL of a request's limits atomically in one round trip (Redis runs scripts one at a
 * time), on Redis's own clock (`TIME`). Hand-written because rate-limiter-flexible checks one limiter per call:
 * it cannot reserve on several limits all-or-none, nor run sliding logs with weighted costs.
 * It is the twin of memory-store.ts: same algorithms, same arithmetic, same results (property-tested).
 *
 * KEYS: two per op (the counter, and for sliding windows the hash of entry costs and their sum).
 * ARGV: mode ('r' reserve | 'a' adjust), clock override in ms ('' = Redis TIME; tests only), member, op count,
 *       then 7 per op: algorithm, limit, windowMs, cost, and bounds[0..2] (reserve) or delta, period, '' (adjust).
 * Reply (reserve): allAllowed, then per op: allowed, remaining, resetMs, period.
 * Numbers are written with %.17g so fractional bucket levels round-trip exactly, as in the memory twin.
 */
export const LIMITS_SCRIPT = `
local mode = ARGV[1]
local now
if ARGV[2] ~= '' then now = tonumber(ARGV[2]) else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
local member = ARGV[3]
local n = tonumber(ARGV[4])
local function num(x) return string.format('%.17g', x) end
local function ttl(x) return math.max(1, math.ceil(x)) end

if mode == 'a' then
  for i = 1, n do
    local b = 4 + (i - 1) * 7
    local algo, limit, w = ARGV[b + 1], tonumber(ARGV[b + 2]), tonumber(ARGV[b + 3])
    local delta, p = tonumber(ARGV[b + 5]), tonumber(ARGV[b + 6])
    local k1, k2 = KEYS[2 * i - 1], KEYS[2 * i]
    if algo == 'fixed' then
      local cur = redis.call('HMGET', k1, 'p', 'c')
      if cur[1] and tonumber(cur[1]) == p then
        redis.call('HSET', k1, 'c', num(math.max(0, tonumber(cur[2]) + delta)))
      end
    elseif algo == 'sliding' then
      local old = redis.call('HGET', k2, member)
      if old then
        local c = math.max(0, tonumber(old) + delta)
        local sum = tonumber(redis.call('HGET', k2, '~sum') or '0') + c - tonumber(old)
        redis.call('HSET', k2, member, num(c), '~sum', num(sum))
      end
    elseif algo == 'bucket' then
      local cur = redis.call('HMGET', k1, 'tokens', 'ts')
      if cur[1] then
        local rate = limit / w
        local tokens = math.min(limit, tonumber(cur[1]) + math.max(0, now - tonumber(cur[2])) * rate)
        tokens = math.min(limit, tokens - delta)
        redis.call('HSET', k1, 'tokens', num(tokens), 'ts', num(now))
        redis.call('PEXPIRE', k1, ttl((limit - tokens) / rate) + 1000)
      end
    elseif algo == 'concurrency' then
      redis.call('ZREM', k1, member)
    end
  end
  return 1
end

local out = { 1 }
local keep = {}
for i = 1, n do
  local b = 4 + (i - 1) * 7
  local algo, limit, w, cost = ARGV[b + 1], tonumber(ARGV[b + 2]), tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4])
  local k1, k2 = KEYS[2 * i - 1], KEYS[2 * i]
  local ok, rem, reset, p = false, 0, 0, 0
  if algo == 'fixed' then
    local start, fin
    if ARGV[b + 5] ~= '' then
      local b0, b1, b2 = tonumber(ARGV[b + 5]), tonumber(ARGV[b + 6]), tonumber(ARGV[b + 7])
      if now < b1 then start, fin = b0, b1 else start, fin = b1, b2 end
    else
      start = math.floor(now / w) * w
      fin = start + w
    end
    local used = 0
    local cur = redis.call('HMGET', k1, 'p', 'c')
    if cur[1] and tonumber(cur[1]) == start then used = tonumber(cur[2]) end
    ok = used + cost <= limit
    rem = math.max(0, limit - used - (ok and cost or 0))
    reset = fin - now
    p = start
    keep[i] = { used, fin }
  elseif algo == 'sliding' then
    local cutoff = now - w
    local gone = redis.call('ZRANGEBYSCORE', k1, '-inf', cutoff)
    local sum = tonumber(redis.call('HGET', k2, '~sum') or '0')
    if #gone > 0 then
      for _, m in ipairs(gone) do
        sum = sum - tonumber(redis.call('HGET', k2, m) or '0')
        redis.call('HDEL', k2, m)
      end
      redis.call('ZREMRANGEBYSCORE', k1, '-inf', cutoff)
      redis.call('HSET', k2, '~sum', num(sum))
    end
    ok = sum + cost <= limit
    reset = w
    if ok then
      local first = redis.call('ZRANGE', k1, 0, 0, 'WITHSCORES')
      if first[2] then reset = tonumber(first[2]) + w - now end
    elseif cost <= limit then
      local all = redis.call('ZRANGE', k1, 0, -1, 'WITHSCORES')
      local freed = 0
      for j = 1, #all, 2 do
        freed = freed + tonumber(redis.call('HGET', k2, all[j]) or '0')
        if sum - freed + cost <= limit then
          reset = tonumber(all[j + 1]) + w - now
          break
        end
      end
    end
    rem = math.max(0, limit - sum - (ok and cost or 0))
    keep[i] = sum
  elseif algo == 'bucket' then
    local rate = limit / w
    local cur = redis.call('HMGET', k1, 'tokens', 'ts')
    local tokens = limit
    if cur[1] then tokens = math.min(limit, tonumber(cur[1]) + math.max(0, now - tonumber(cur[2])) * rate) end
    ok = tokens >= cost
    if ok then reset = math.ceil((limit - (tokens - cost)) / rate)
    elseif cost > limit then reset = w
    else reset = math.ceil((cost - tokens) / rate) end
    rem = math.max(0, math.floor(tokens - (ok and cost or 0)))
    keep[i] = tokens
  else
    redis.call('ZREMRANGEBYSCORE', k1, '-inf', now)
    local count = redis.call('ZCARD', k1)
    ok = count + cost <= limit
    if not ok then
      if cost > limit then reset = w else
        local first = redis.call('ZRANGE', k1, 0, 0, 'WITHSCORES')
        reset = tonumber(first[2]) - now
      end
    end
    rem = math.max(0, limit - count - (ok and cost or 0))
  end
  if not ok then out[1] = 0 end
  out[#out + 1] = ok and 1 or 0
  out[#out + 1] = rem
  out[#out + 1] = reset
  out[#out + 1] = p
end

for i = 1, n do
  local b = 4 + (i - 1) * 7
  local algo, limit, w, cost = ARGV[b + 1], tonumber(ARGV[b + 2]), tonumber(ARGV[b + 3]), tonumber(ARGV[b + 4])
  local k1, k2 = KEYS[2 * i - 1], KEYS[2 * i]
  if out[1] == 0 then
    if out[2 + (i - 1) * 4] == 1 then out[3 + (i - 1) * 4] = out[3 + (i - 1) * 4] + cost end
  elseif algo == 'fixed' then
    redis.call('HSET', k1, 'p', num(out[5 + (i - 1) * 4]), 'c', num(keep[i][1] + cost))
    redis.call('PEXPIRE', k1, ttl(keep[i][2] - now))
  elseif algo == 'sliding' then
    redis.call('ZADD', k1, now, member)
    redis.call('HSET', k2, member, num(cost), '~sum', num(keep[i] + cost))
    redis.call('PEXPIRE', k1, ttl(w))
    redis.call('PEXPIRE', k2, ttl(w))
  elseif algo == 'bucket' then
    local rate = limit / w
    local tokens = keep[i] - cost
    redis.call('HSET', k1, 'tokens', num(tokens), 'ts', num(now))
    redis.call('PEXPIRE', k1, ttl((limit - tokens) / rate) + 1000)
  else
    redis.call('ZADD', k1, now + w, member)
    redis.call('PEXPIRE', k1, ttl(w))
  end
end
return out
`;
