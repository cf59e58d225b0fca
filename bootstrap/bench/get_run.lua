-- GET /api/v1/bureau/runs/{id} of one completed run, over the keys in keys.txt
local keys = {}
for line in io.lines("keys.txt") do keys[#keys + 1] = line end
local run = io.open("run.txt"):read("*l")
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", "/api/v1/bureau/runs/" .. run, { ["X-API-Key"] = keys[(n % #keys) + 1] })
end
