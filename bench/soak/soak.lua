-- wrk script for bench/soak/run.sh: a mix of what the platform's users do, for minutes on end.
--
--   wrk ... -s bench/soak/soak.lua URL -- SPEC THREADS
--
-- SPEC is one line of `key=value` pairs separated by spaces (run.sh writes it): the coordinator's and the
-- organiser's cookie and CSRF token, the ids to use and the accounts to log in with. Every request carries an
-- X-Request-Id "<kind>-<n>", which the server echoes, so each answer is counted under its kind: page reads
-- (the API calls a page makes), autosaves, evidence uploads (each deleted again by the next request of that
-- thread, so the school's quota never fills), a school report PDF, the progress board as XLSX, and log-ins.
-- Autosaves keep one version per (measurement, criterion) slot, as bench/autosave.lua does, so they do not
-- conflict. done() prints one SOAK line per kind and a total.

local threads = {}
local counter = 0

function setup(thread)
    thread:set("tid", counter)
    counter = counter + 1
    table.insert(threads, thread)
end

-- The kinds and their share of requests, in thousandths.
local mix = {
    { "me", 120 }, { "home", 120 }, { "measurement", 100 }, { "evidence_list", 80 }, { "progress", 80 },
    { "autosave", 380 }, { "upload", 50 }, { "pdf", 25 }, { "xlsx", 25 }, { "login", 20 },
}
local classes = { "ok", "c4", "c5", "other" }
local kinds = { "me", "home", "measurement", "evidence_list", "progress", "autosave", "upload", "delete", "pdf", "xlsx", "login" }

function init(args)
    spec = {}
    for k, v in string.gmatch(args[1], "(%w+)=(%S+)") do spec[k] = v end
    local nthreads = tonumber(args[2])
    math.randomseed(1000 + tid)
    coordinator = { ["Cookie"] = spec.coordinatorCookie:gsub("|", " "), ["X-CSRF-Token"] = spec.coordinatorCsrf }
    organiser = { ["Cookie"] = spec.organiserCookie:gsub("|", " "), ["X-CSRF-Token"] = spec.organiserCsrf }
    logins = {}
    for email in string.gmatch(spec.logins, "[^,]+") do table.insert(logins, email) end
    -- This thread's autosave slots: every criterion of the measurement whose index falls to it.
    local levels = { "not_yet", "competent", "proficient", "expert" }
    slots, free = {}, {}
    for c = 1, 21 do
        if c % nthreads == tid then
            slots[c] = { path = string.format("/api/measurements/%s/answers/C%02d", spec.measurement, c), version = 0, level = levels[(c % 4) + 1] }
            table.insert(free, c)
        end
    end
    to_delete = {}
    -- Flat globals (<kind>_ok, <kind>_c4, ...): wrk's thread:get copies numbers safely, nested tables not.
    for _, k in ipairs(kinds) do
        for _, f in ipairs(classes) do _G[k .. "_" .. f] = 0 end
    end
    n = 0
    -- A small PDF, different in every upload (a counter in a comment), so each is a new stored file.
    pdf_head = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%" .. string.rep("soak ", 4000) .. "\n%"
end

local function pick()
    local r = math.random(1000)
    for _, m in ipairs(mix) do
        if r <= m[2] then return m[1] end
        r = r - m[2]
    end
    return "me"
end

local function with(base, extra)
    local h = {}
    for k, v in pairs(base) do h[k] = v end
    for k, v in pairs(extra or {}) do h[k] = v end
    return h
end

function request()
    n = n + 1
    local kind = pick()
    if #to_delete > 0 then kind = "delete" end
    if kind == "autosave" and #free == 0 then kind = "me" end
    local id = { ["X-Request-Id"] = kind .. "-" .. tid .. "-" .. n }
    local p, o, s = spec.programme, spec.school, spec.reportSchool
    if kind == "me" then return wrk.format("GET", "/api/me", with(coordinator, id))
    elseif kind == "home" then return wrk.format("GET", "/api/me/home", with(coordinator, id))
    elseif kind == "measurement" then return wrk.format("GET", "/api/measurements/" .. spec.measurement, with(coordinator, id))
    elseif kind == "evidence_list" then return wrk.format("GET", "/api/organisations/" .. o .. "/evidence", with(coordinator, id))
    elseif kind == "progress" then return wrk.format("GET", "/api/programmes/" .. p .. "/progress", with(organiser, id))
    elseif kind == "pdf" then
        return wrk.format("GET", "/api/programmes/" .. p .. "/schools/" .. s .. "/report.pdf?kind=baseline&lang=nl", with(organiser, id))
    elseif kind == "xlsx" then return wrk.format("GET", "/api/programmes/" .. p .. "/progress.xlsx", with(organiser, id))
    elseif kind == "login" then
        local email = logins[(n % #logins) + 1]
        return wrk.format("POST", "/api/auth/login",
            with({ ["Cookie"] = "sk_csrf=soak" .. tid, ["X-CSRF-Token"] = "soak" .. tid, ["Content-Type"] = "application/json" }, id),
            '{"email":"' .. email .. '","password":"stemkompas-demo"}')
    elseif kind == "delete" then
        return wrk.format("DELETE", "/api/evidence/" .. table.remove(to_delete, 1), with(coordinator, id))
    elseif kind == "upload" then
        return wrk.format("POST", "/api/organisations/" .. o .. "/evidence/files",
            with(coordinator, with(id, { ["X-File-Name"] = "soak-" .. n .. ".pdf", ["Content-Type"] = "application/pdf" })),
            pdf_head .. tid .. "-" .. n .. "\n%%EOF\n")
    end
    -- autosave
    local c = table.remove(free, 1)
    local slot = slots[c]
    return wrk.format("PUT", slot.path, with(coordinator, with(id, { ["Content-Type"] = "application/json" })),
        string.format('{"level":"%s","comment":"s%d","version":%d}', slot.level, c, slot.version))
end

function response(status, headers, body)
    local kind = string.match(headers["X-Request-Id"] or "", "^([%a_]+)-") or "me"
    local class = "other"
    if status >= 200 and status < 300 then class = "ok"
    elseif status >= 500 then class = "c5"
    elseif status >= 400 then class = "c4" end
    local name = kind .. "_" .. class
    _G[name] = (_G[name] or 0) + 1
    if kind == "autosave" then
        local key = tonumber(string.match(body, '"comment":"s(%d+)"'))
        local version = tonumber(string.match(body, '"version":(%d+)'))
        if key ~= nil and slots[key] ~= nil then
            if version ~= nil then slots[key].version = version end
            table.insert(free, key)
        end
    elseif kind == "upload" and status == 201 then
        local evidence = string.match(body, '"id":(%d+)')
        if evidence ~= nil then table.insert(to_delete, evidence) end
    end
end

function done(summary, latency, requests)
    local total = { ok = 0, c4 = 0, c5 = 0, other = 0 }
    for _, k in ipairs(kinds) do
        local sum = { ok = 0, c4 = 0, c5 = 0, other = 0 }
        for _, t in ipairs(threads) do
            for _, f in ipairs(classes) do sum[f] = sum[f] + (t:get(k .. "_" .. f) or 0) end
        end
        for f, v in pairs(sum) do total[f] = total[f] + v end
        io.write(string.format("SOAK kind=%s ok=%d 4xx=%d 5xx=%d other=%d\n", k, sum.ok, sum.c4, sum.c5, sum.other))
    end
    local e = summary.errors
    io.write(string.format("SOAK total requests=%d ok=%d 4xx=%d 5xx=%d socket_errors=%d seconds=%.1f per_s=%.1f p50_ms=%.2f p99_ms=%.2f max_ms=%.2f\n",
        summary.requests, total.ok, total.c4, total.c5, e.connect + e.read + e.write + e.timeout, summary.duration / 1e6,
        summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
