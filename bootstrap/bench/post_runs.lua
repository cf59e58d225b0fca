-- POST /api/v1/bureau/runs, spreading requests over the keys in keys.txt (one per line) so no key hits its limit
local keys = {}
for line in io.lines("keys.txt") do keys[#keys + 1] = line end
local template = io.open("template.txt"):read("*l")
local body = '{"template_id":"' .. template .. '","subject":{"type":"pf","doc":"529.982.247-25","name":"Joao Silva"},"external_id":"bench","metadata":{"source":"wrk"}}'
local n = 0
request = function()
  n = n + 1
  return wrk.format("POST", "/api/v1/bureau/runs",
    { ["X-API-Key"] = keys[(n % #keys) + 1], ["Content-Type"] = "application/json" }, body)
end
