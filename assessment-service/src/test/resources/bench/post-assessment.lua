-- wrk script: POST /api/v1/assessments with a real bearer token and a body per request
-- (patientRef drawn from 1,000 patients so history look-ups hit real rows).
-- Env: BENCH_TOKEN (JWT), BENCH_BODY (JSON with one %d where the patient number goes).
local token = os.getenv("BENCH_TOKEN")
local template = os.getenv("BENCH_BODY")
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  return wrk.format(nil, nil, nil, string.format(template, math.random(1, 1000)))
end

done = function(summary, latency, requests)
  local seconds = summary.duration / 1e6
  io.write(string.format("WRK %d requests, %d errors, %.0f/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms\n",
    summary.requests,
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000, latency.max / 1000))
end
