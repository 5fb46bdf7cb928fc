import { Script } from './redis';

/**
 * Ingest with dedupe by mention id, atomically per call. Ids are remembered in one set per time
 * slice (Redis's own clock, so nodes agree); a mention is new when none of the last `slices` sets
 * holds its id. In 'add' mode a new mention is also appended to the ingest stream.
 *
 * KEYS[1] ingest stream
 * ARGV dedupePrefix, sliceSeconds, slices, mode ('add' | 'claim'), receivedAt, n, then n x (id, json)
 * Returns one 1 (new) or 0 (duplicate) per mention.
 */
export const INGEST = new Script(`
local prefix, sliceS, slices, mode, recv = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4], ARGV[5]
local n = tonumber(ARGV[6])
local slice = math.floor(tonumber(redis.call('TIME')[1]) / sliceS)
local cur = prefix .. slice
local ids = {}
for i = 1, n do ids[i] = ARGV[5 + 2 * i] end
-- membership of every id in each slice: one SMISMEMBER per slice and chunk, not one call per id and slice
local seen = {}
for k = 0, slices - 1 do
  local key = prefix .. (slice - k)
  for c = 1, n, 500 do
    local r = redis.call('SMISMEMBER', key, unpack(ids, c, math.min(c + 499, n)))
    for j = 1, #r do if r[j] == 1 then seen[c + j - 1] = true end end
  end
end
local out, fresh, taken = {}, {}, {}
for i = 1, n do
  local id = ids[i]
  if seen[i] or taken[id] then
    out[i] = 0
  else
    taken[id] = true
    fresh[#fresh + 1] = id
    if mode == 'add' then redis.call('XADD', KEYS[1], '*', 'm', ARGV[6 + 2 * i], 'r', recv) end
    out[i] = 1
  end
end
for c = 1, #fresh, 500 do redis.call('SADD', cur, unpack(fresh, c, math.min(c + 499, #fresh))) end
if n > 0 then redis.call('EXPIRE', cur, sliceS * (slices + 1)) end
return out
`);

/**
 * One worker batch, all or nothing: checks that every stream entry is still pending in the group
 * (if another worker already committed one, nothing is written and the gone ids are returned), then
 * appends the analyzed mentions to the capped analyzed stream (with sequence numbers and the id
 * index), raises the data clock, increments the rollup hashes (marking each with the batch's last
 * sequence number, refreshing its TTL, indexing its start), and finally XACKs and XDELs the entries.
 * With no entries it is a plain store write (the store classes use it that way).
 *
 * KEYS[1] ingest stream, [2] analyzed stream, [3] id index generation prefix, [4] seq, [5] data clock, [6..] rollup keys
 * ARGV group, ne, ne x entryId, storeMax, idGeneration, nm, nm x (id, t, json), maxT,
 *      nh, nh x (keyPos, ttlMs, indexPos|0, start, nf, nf x (field, incr))
 * Returns {1, lastSeq} or {0, {goneIds...}}.
 *
 * The id index is one hash per generation of sequence numbers; a generation whose entries have all
 * been trimmed is unlinked whole (no per-entry index upkeep when the stream is trimmed). Every node
 * must use the same storeMax (MENTION_STORE_MAX).
 */
export const COMMIT = new Script(`
local group = ARGV[1]
local ne = tonumber(ARGV[2])
local first = 3
if ne > 0 then
  -- the pending entries between the batch's lowest and highest id, in one call (other workers'
  -- entries may lie between); if that range holds too many, one XPENDING per entry
  local function parse(id) local a, b = string.match(id, '^(%d+)-(%d+)$'); return tonumber(a), tonumber(b) end
  local function less(x, y) local xa, xb = parse(x); local ya, yb = parse(y); return xa < ya or (xa == ya and xb < yb) end
  local lo, hi = ARGV[first], ARGV[first]
  for i = first + 1, first + ne - 1 do
    if less(ARGV[i], lo) then lo = ARGV[i] end
    if less(hi, ARGV[i]) then hi = ARGV[i] end
  end
  local cap = 4 * ne + 100
  local range = redis.call('XPENDING', KEYS[1], group, lo, hi, cap)
  local gone = {}
  if #range < cap then
    local pending = {}
    for _, e in ipairs(range) do pending[e[1]] = true end
    for i = first, first + ne - 1 do
      if not pending[ARGV[i]] then gone[#gone + 1] = ARGV[i] end
    end
  else
    for i = first, first + ne - 1 do
      if #redis.call('XPENDING', KEYS[1], group, ARGV[i], ARGV[i], 1) == 0 then gone[#gone + 1] = ARGV[i] end
    end
  end
  if #gone > 0 then return {0, gone} end
end
local p = first + ne
local storeMax, gen, nm = tonumber(ARGV[p]), tonumber(ARGV[p + 1]), tonumber(ARGV[p + 2])
p = p + 3
local last
if nm > 0 then
  last = redis.call('INCRBY', KEYS[4], nm)
  local s = last - nm
  -- id index entries per generation, written with one HSET per generation and 500 ids
  local byGen = {}
  for i = 1, nm do
    s = s + 1
    local eid = redis.call('XADD', KEYS[2], '*', 's', s, 'i', ARGV[p], 't', ARGV[p + 1], 'm', ARGV[p + 2])
    local g = math.floor(s / gen)
    local pairs_ = byGen[g]
    if not pairs_ then pairs_ = {}; byGen[g] = pairs_ end
    pairs_[#pairs_ + 1] = ARGV[p]
    pairs_[#pairs_ + 1] = eid
    p = p + 3
  end
  for g, kv in pairs(byGen) do
    for c = 1, #kv, 1000 do redis.call('HSET', KEYS[3] .. g, unpack(kv, c, math.min(c + 999, #kv))) end
  end
  redis.call('XTRIM', KEYS[2], 'MAXLEN', storeMax)
  -- generations all of whose sequence numbers (g * gen .. g * gen + gen - 1) are now older than the
  -- oldest kept (last - storeMax + 1); the two before this commit's range too, in case one was missed
  local hiGen = math.floor((last - storeMax + 1) / gen) - 1
  local loGen = math.max(0, math.min(math.floor((last - nm - storeMax + 1) / gen) - 1, hiGen - 2))
  for g = loGen, hiGen do redis.call('UNLINK', KEYS[3] .. g) end
else
  last = tonumber(redis.call('GET', KEYS[4]) or '0')
end
local maxT = tonumber(ARGV[p])
if maxT > 0 and maxT > tonumber(redis.call('GET', KEYS[5]) or '0') then redis.call('SET', KEYS[5], ARGV[p]) end
p = p + 1
local nh = tonumber(ARGV[p])
p = p + 1
for h = 1, nh do
  local key, ttl, idx, start, nf = KEYS[tonumber(ARGV[p])], ARGV[p + 1], tonumber(ARGV[p + 2]), ARGV[p + 3], tonumber(ARGV[p + 4])
  p = p + 5
  for j = 1, nf do
    redis.call('HINCRBY', key, ARGV[p], ARGV[p + 1])
    p = p + 2
  end
  redis.call('HSET', key, '#seq', last)
  if ttl ~= '0' then redis.call('PEXPIRE', key, ttl) end
  if idx > 0 then redis.call('ZADD', KEYS[idx], start, start) end
end
for i = first, first + ne - 1, 500 do
  local j = math.min(i + 499, first + ne - 1)
  redis.call('XACK', KEYS[1], group, unpack(ARGV, i, j))
  redis.call('XDEL', KEYS[1], unpack(ARGV, i, j))
end
return {1, last}
`);

/**
 * A mention of the recent-mention store by id: the newest generation of the id index that has it
 * (back to the oldest generation that can still hold stored entries), else the legacy index, then
 * its analyzed stream entry. Returns the mention's JSON, or false.
 *
 * KEYS[1] seq, [2] analyzed stream, [3] id index generation prefix, [4] legacy id index
 * ARGV id, idGeneration, storeMax
 */
export const LOOKUP = new Script(`
local last = tonumber(redis.call('GET', KEYS[1]) or '0')
local gen, storeMax = tonumber(ARGV[2]), tonumber(ARGV[3])
local stop = math.max(0, math.floor((last - storeMax + 1) / gen))
local eid = false
for g = math.floor(last / gen), stop, -1 do
  eid = redis.call('HGET', KEYS[3] .. g, ARGV[1])
  if eid then break end
end
if not eid then eid = redis.call('HGET', KEYS[4], ARGV[1]) end
if not eid then return false end
local e = redis.call('XRANGE', KEYS[2], eid, eid)
if #e == 0 then return false end
local f = e[1][2]
for j = 1, #f, 2 do
  if f[j] == 'm' then return f[j + 1] end
end
return false
`);

/** Renews a lease if this holder still has it. KEYS[1] lease; ARGV holder, ttlMs. Returns 1 or 0. */
export const LEASE_RENEW = new Script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0
`);

/** Releases a lease if this holder has it. KEYS[1] lease; ARGV holder. */
export const LEASE_RELEASE = new Script(`
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`);
