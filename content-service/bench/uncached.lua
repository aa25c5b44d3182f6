-- Every request gets a query string no other request had, so the representation cache always misses
-- and the service queries PostgreSQL. PATH is set per scenario through the environment.
local thread_id = 0
local counter = 0
function setup(thread)
  thread_id = thread_id + 1
  thread:set("tid", thread_id)
end
function request()
  counter = counter + 1
  local path = os.getenv("BENCH_PATH") or "/api/v1/exercises/bridge"
  local sep = string.find(path, "?", 1, true) and "&" or "?"
  return wrk.format("GET", path .. sep .. "bench=" .. tid .. "-" .. counter)
end
