-- wrk script for bench/autosave.sh: authenticated, CSRF-carrying PUTs of measurement answers.
--
--   wrk -tT ... -s bench/autosave.lua URL -- COOKIE CSRF ID1,ID2,... T
--
-- Every (measurement, criterion) pair is a slot with the version this thread last saw. A wrk thread owns
-- its own slots (slot index modulo thread count), takes a free one for each request and frees it when
-- the answer arrives, reading the new version from the 200 (or, after a 409, from "current"), so
-- concurrent requests never race on one answer and versions keep advancing. The comment names the slot,
-- which is how an answer is matched to its slot. Only 2xx answers count as writes.

local threads = {}
local counter = 0

function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

function init(args)
    cookie = args[1]
    csrf = args[2]
    local nthreads = tonumber(args[4])  -- init runs before the next thread's setup: the count comes from the caller
    local ids = {}
    for id in string.gmatch(args[3], "[^,]+") do table.insert(ids, id) end
    local levels = { "not_yet", "competent", "proficient", "expert" }
    slots = {}
    free = {}
    local n = 0
    for _, id in ipairs(ids) do
        for c = 1, 21 do
            if n % nthreads == tid then
                local s = { path = string.format("/api/measurements/%s/answers/C%02d", id, c), version = 0, level = levels[(n % 4) + 1] }
                slots[n] = s
                table.insert(free, n)
            end
            n = n + 1
        end
    end
    ok, conflicts, other = 0, 0, 0
    wrk.headers["Cookie"] = cookie
    wrk.headers["X-CSRF-Token"] = csrf
    wrk.headers["Content-Type"] = "application/json"
end

function request()
    local key = table.remove(free, 1)
    if key == nil then key = next(slots) end  -- more connections than slots: may conflict, counted apart
    local s = slots[key]
    local body = string.format('{"level":"%s","comment":"s%d","version":%d}', s.level, key, s.version)
    return wrk.format("PUT", s.path, nil, body)
end

function response(status, headers, body)
    if status >= 200 and status < 300 then ok = ok + 1
    elseif status == 409 then conflicts = conflicts + 1
    else other = other + 1 end
    local key = tonumber(string.match(body, '"comment":"s(%d+)"'))
    local version = tonumber(string.match(body, '"version":(%d+)'))
    if key ~= nil and slots[key] ~= nil then
        if version ~= nil then slots[key].version = version end
        table.insert(free, key)
    end
end

function done(summary, latency, requests)
    local writes, conflicted, failed = 0, 0, 0
    for _, t in ipairs(threads) do
        writes = writes + t:get("ok")
        conflicted = conflicted + t:get("conflicts")
        failed = failed + t:get("other")
    end
    local seconds = summary.duration / 1e6
    io.write(string.format("AUTOSAVE writes=%d conflicts=%d other=%d seconds=%.3f writes_per_s=%.1f p99_ms=%.2f p50_ms=%.2f\n",
        writes, conflicted, failed, seconds, writes / seconds, latency:percentile(99) / 1000, latency:percentile(50) / 1000))
end
