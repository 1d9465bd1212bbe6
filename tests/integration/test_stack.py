"""test_stack.py: the stack is up, healthy, and serves pages with safe headers."""
from lib import Client, ok, eq, done

c = Client()
r = c.get("/healthz")
eq(r.status, 200, "healthz answers 200")
j = r.json() or {}
eq(j.get("db"), True, "healthz: database reachable")
eq(j.get("redis"), True, "healthz: redis reachable")

r = c.get("/")
eq(r.status, 200, "home page answers 200")
ok("text/html" in (r.header("Content-Type") or ""), "home page is HTML")
csp = r.header("Content-Security-Policy") or ""
ok("default-src 'self'" in csp, "home page has a strict CSP", csp)
eq(r.header("X-Content-Type-Options"), "nosniff", "nosniff header")

r = c.get("/no/such/page")
eq(r.status, 404, "unknown page is 404")
r = c.get("/api/no-such-endpoint")
eq(r.status, 404, "unknown API path is 404")
err = (r.json() or {}).get("error", {})
ok(isinstance(err, dict) and "code" in err and "message" in err,
   "API 404 has the JSON error shape", r.text)

r = c.get("/metrics")
eq(r.status, 200, "metrics answers 200")
ok("verdict_" in r.text, "metrics are Prometheus text", r.text[:200])

r = c.get("/static/css/site.css")
eq(r.status, 200, "nginx serves static files")
done()
