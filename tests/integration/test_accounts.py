"""test_accounts.py: registration, sign-in, sessions, CSRF and throttling.

Every refusal is checked as well as the happy paths: bad names, short
passwords, duplicates, wrong passwords, missing CSRF tokens, and the log-in
throttle per user name and per client address.
"""
import os
import re
import secrets
import subprocess

from lib import Client, ok, eq, done, csrf_from, VAR

PW = "correct horse battery"


def uniq(prefix):
    return prefix + secrets.token_hex(4)


def err_code(r):
    j = r.json() or {}
    return (j.get("error") or {}).get("code")


def set_cookies(r):
    return r.headers.get_all("Set-Cookie") or []


def cookie_line(r, name):
    for line in set_cookies(r):
        if line.startswith(name + "="):
            return line
    return ""


def sql(query):
    """Run one statement as root through the stack's socket (test set-up)."""
    p = subprocess.run(["mariadb", "--defaults-file=%s/my.cnf" % VAR, "-uroot",
                        "-N", "-B", "verdict", "-e", query],
                       capture_output=True, text=True)
    return p.returncode, p.stdout.strip()


# --- registration through the form ---------------------------------------
c = Client()
r = c.get("/register")
eq(r.status, 200, "GET /register answers 200")
tok = csrf_from(r.text)
ok(tok is not None, "the registration form carries a CSRF token")
line = cookie_line(r, "verdict_csrf")
ok("HttpOnly" in line and "SameSite=Lax" in line,
   "pre-session CSRF cookie is HttpOnly; SameSite=Lax", line)

name = uniq("form")
r = c.post("/register", form={"username": name, "password": PW,
                              "password2": PW})
eq(r.status, 403, "register form without the csrf field: 403")
r = c.post("/register", form={"csrf": "x" * 43, "username": name,
                              "password": PW, "password2": PW})
eq(r.status, 403, "register form with a wrong csrf token: 403")

r = c.post("/register", form={"csrf": tok, "username": "x", "password": PW,
                              "password2": PW})
eq(r.status, 400, "register form: too short a name: 400")
ok("at least 3 characters" in r.text and 'class="error-box"' in r.text,
   "the form shows why the name was refused", r.text[-800:])
r = c.post("/register", form={"csrf": tok, "username": "bad name!",
                              "password": PW, "password2": PW})
eq(r.status, 400, "register form: a name with spaces: 400")
r = c.post("/register", form={"csrf": tok, "username": name,
                              "password": "short", "password2": "short"})
eq(r.status, 400, "register form: a short password: 400")
ok("at least 8 characters" in r.text, "the form says the password is short")
ok(('value="%s"' % name) in r.text, "the form keeps the typed name")
r = c.post("/register", form={"csrf": tok, "username": name,
                              "password": PW, "password2": PW + "x"})
eq(r.status, 400, "register form: passwords that differ: 400")

r = c.post("/register", form={"csrf": tok, "username": name,
                              "password": PW, "password2": PW})
eq(r.status, 303, "register form: a good account: 303")
eq(r.header("Location"), "/", "registration lands on the home page")
line = cookie_line(r, "verdict_session")
ok(re.search(r"verdict_session=[A-Za-z0-9_-]{43};", line) is not None,
   "registration signs in (session cookie set)", line)
ok("HttpOnly" in line and "SameSite=Lax" in line and "Path=/" in line and
   "Max-Age=" in line, "session cookie: HttpOnly, SameSite=Lax, Path, Max-Age",
   line)
ok("Secure" not in line, "no Secure flag on plain HTTP (cookie_secure off)")

r = c.get("/")
ok(name in r.text, "the home page shows the signed-in user")
m = re.search(r'<meta name="csrf-token" content="([^"]+)">', r.text)
ok(m is not None, "pages expose the session's CSRF token in a meta tag")
page_csrf = m.group(1) if m else ""
r = c.get("/api/me")
eq(r.status, 200, "GET /api/me with the cookie: 200")
me = r.json() or {}
eq((me.get("user") or {}).get("username"), name, "/api/me names the user")
eq(me.get("csrf"), page_csrf, "/api/me gives the same CSRF token as the page")
eq((me.get("user") or {}).get("role"), "user", "a new account has role user")

c2 = Client()
tok2 = csrf_from(c2.get("/register").text)
r = c2.post("/register", form={"csrf": tok2, "username": name.upper(),
                               "password": PW, "password2": PW})
eq(r.status, 409, "register form: a taken name (other case): 409")

# --- sign-out through the form -----------------------------------------------
r = c.post("/logout", form={})
eq(r.status, 403, "sign-out form without the csrf field: 403")
eq(c.get("/api/me").status, 200, "a refused sign-out keeps the session")
old = c.cookie("verdict_session").value
r = c.post("/logout", form={"csrf": page_csrf})
eq(r.status, 303, "sign-out form with the token: 303")
ok("Max-Age=0" in cookie_line(r, "verdict_session"),
   "sign-out deletes the cookie")
eq(c.get("/api/me").status, 401, "after sign-out /api/me is 401")
c3 = Client()
r = c3.get("/api/me", headers={"Cookie": "verdict_session=" + old})
eq(r.status, 401, "the old session token is dead (row deleted)")

# --- sign-in through the form -------------------------------------------------
c = Client()
r = c.get("/login?next=/submissions")
eq(r.status, 200, "GET /login answers 200")
tok = csrf_from(r.text)
ok('name="next" value="/submissions"' in r.text, "the form keeps next")
r = c.post("/login", form={"username": name, "password": PW,
                           "next": "/submissions"})
eq(r.status, 403, "sign-in form without the csrf field: 403")
r = c.post("/login", form={"csrf": tok, "username": name, "password": "nope",
                           "next": "/submissions"})
eq(r.status, 401, "sign-in form, wrong password: 401")
ok("Wrong user name or password" in r.text, "the form says so")
r = c.post("/login", form={"csrf": tok, "username": name, "password": PW,
                           "next": "/submissions"})
eq(r.status, 303, "sign-in form: 303")
eq(r.header("Location"), "/submissions", "sign-in goes to next")
eq(c.get("/api/me").status, 200, "signed in through the form")

c = Client()
tok = csrf_from(c.get("/login").text)
r = c.post("/login", form={"csrf": tok, "username": name, "password": PW,
                           "next": "//evil.example/"})
eq(r.header("Location"), "/", "next=//host is not followed (open redirect)")

# --- the JSON API ---------------------------------------------------------------
a = Client()
api_name = uniq("api")
r = a.post("/api/users", json_body={"username": api_name, "password": PW})
eq(r.status, 201, "POST /api/users: 201")
eq(((r.json() or {}).get("user") or {}).get("username"), api_name,
   "POST /api/users returns the user")
r = a.post("/api/users", json_body={"username": api_name, "password": PW})
eq(r.status, 409, "POST /api/users with a taken name: 409")
eq(err_code(r), "username_taken", "error code username_taken")
r = a.post("/api/users", json_body={"username": "ab", "password": PW})
eq(r.status, 400, "POST /api/users with a 2-letter name: 400")
eq(err_code(r), "invalid_username", "error code invalid_username")
r = a.post("/api/users", json_body={"username": "a" * 33, "password": PW})
eq(r.status, 400, "POST /api/users with a 33-letter name: 400")
r = a.post("/api/users", json_body={"username": "-dash", "password": PW})
eq(r.status, 400, "POST /api/users with a leading '-': 400")
r = a.post("/api/users", json_body={"username": uniq("u"), "password": "1234567"})
eq(r.status, 400, "POST /api/users with a 7-character password: 400")
eq(err_code(r), "invalid_password", "error code invalid_password")
r = a.post("/api/users", json_body={"username": uniq("u"), "password": "x" * 129})
eq(r.status, 400, "POST /api/users with a 129-character password: 400")
r = a.post("/api/users", json_body={"username": uniq("u")})
eq(r.status, 400, "POST /api/users without a password: 400")
r = a.post("/api/users", json_body={"username": 12, "password": PW})
eq(r.status, 400, "POST /api/users with a numeric name: 400")
r = a.post("/api/users", body='{"username": "x", ', headers={
    "Content-Type": "application/json"})
eq(r.status, 400, "POST /api/users with broken JSON: 400")
r = a.post("/api/users", form={"username": uniq("u"), "password": PW})
eq(r.status, 415, "POST /api/users as a form: 415")
r = a.post("/api/users", body="[1, 2]", headers={
    "Content-Type": "application/json"})
eq(r.status, 400, "POST /api/users with a JSON array: 400")

r = a.post("/api/session", json_body={"username": api_name, "password": "bad"})
eq(r.status, 401, "POST /api/session, wrong password: 401")
eq(err_code(r), "invalid_credentials", "error code invalid_credentials")
r = a.post("/api/session", json_body={"username": uniq("nobody"),
                                      "password": PW})
eq(r.status, 401, "POST /api/session, unknown user: 401 (same answer)")
r = a.post("/api/session", json_body={"username": api_name, "password": PW})
eq(r.status, 200, "POST /api/session: 200")
s = r.json() or {}
token = s.get("token") or ""
ok(re.fullmatch(r"[A-Za-z0-9_-]{43}", token) is not None,
   "the session token is 43 base64url characters", token)
eq(s.get("expires_in"), 30 * 24 * 3600, "sessions last 30 days")
ok(not set_cookies(r), "the API log-in sets no cookie")

b = Client()
eq(b.get("/api/me").status, 401, "GET /api/me anonymous: 401")
b.token = token
r = b.get("/api/me")
eq(r.status, 200, "GET /api/me with the bearer token: 200")
ok("csrf" not in (r.json() or {}), "bearer sessions get no CSRF token")
b2 = Client()
b2.token = "A" * 43
r = b2.get("/api/me")
eq(r.status, 401, "an unknown bearer token: 401")
eq(err_code(r), "invalid_token", "error code invalid_token")
b2.token = "short"
eq(b2.get("/api/me").status, 401, "a malformed bearer token: 401")
eq(b2.get("/").status, 401, "an invalid bearer token is refused on pages too")

r = b.request("DELETE", "/api/session")
eq(r.status, 204, "DELETE /api/session with the bearer token: 204")
eq(b.get("/api/me").status, 401, "the deleted token no longer works")
eq(b.request("DELETE", "/api/session").status, 401,
   "DELETE /api/session again: 401")

# Cookie sessions need X-CSRF-Token for state-changing JSON requests.
c = Client()
tok = csrf_from(c.get("/login").text)
c.post("/login", form={"csrf": tok, "username": api_name, "password": PW})
csrf = (c.get("/api/me").json() or {}).get("csrf")
r = c.request("DELETE", "/api/session")
eq(r.status, 403, "DELETE /api/session by cookie without X-CSRF-Token: 403")
eq(err_code(r), "csrf", "error code csrf")
r = c.request("DELETE", "/api/session", headers={"X-CSRF-Token": "x" * 43})
eq(r.status, 403, "DELETE /api/session by cookie with a wrong token: 403")
r = c.request("DELETE", "/api/session", headers={"X-CSRF-Token": csrf})
eq(r.status, 204, "DELETE /api/session by cookie with the token: 204")
eq(c.get("/api/me").status, 401, "the cookie session is gone")

# The admin account made by the stack.
try:
    admin_pw = open(os.path.join(VAR, "admin-password")).read().strip()
except OSError:
    admin_pw = ""
r = Client().post("/api/session", json_body={"username": "admin",
                                             "password": admin_pw})
eq(r.status, 200, "the admin signs in with var/admin-password")
eq(((r.json() or {}).get("user") or {}).get("role"), "admin",
   "the admin account has role admin")

# --- throttling per user name ---------------------------------------------------
victim = uniq("victim")
Client().post("/api/users", json_body={"username": victim, "password": PW})
t = Client()
codes = [t.post("/api/session", json_body={"username": victim,
                                           "password": "wrong-%d" % i}).status
         for i in range(5)]
eq(codes, [401] * 5, "five wrong passwords: five 401s")
r = t.post("/api/session", json_body={"username": victim, "password": PW})
eq(r.status, 429, "the sixth attempt is throttled even with the right password")
eq(err_code(r), "too_many_attempts", "error code too_many_attempts")
ra = r.header("Retry-After") or ""
ok(ra.isdigit() and 0 < int(ra) <= 15 * 60, "Retry-After within 15 minutes", ra)
r = t.post("/api/session", json_body={"username": victim.upper(),
                                      "password": PW})
eq(r.status, 429, "the throttle ignores the case of the name")
tok = csrf_from(t.get("/login").text)
r = t.post("/login", form={"csrf": tok, "username": victim, "password": PW})
eq(r.status, 429, "the sign-in form is throttled as well")
ok(r.header("Retry-After") is not None, "the form's 429 has Retry-After")
r = t.post("/api/session", json_body={"username": api_name, "password": PW})
eq(r.status, 200, "another user from the same address still signs in")

# --- throttling per address (runs last: it blocks this address) -----------------
seen = None
for i in range(25):
    r = t.post("/api/session", json_body={"username": uniq("ghost"),
                                          "password": "nope"})
    if r.status == 429:
        seen = i
        break
ok(seen is not None and seen >= 1,
   "failures under many names from one address end in 429", seen)
r = t.post("/api/session", json_body={"username": api_name, "password": PW})
eq(r.status, 429, "a throttled address cannot sign in anyone")
# Set-up for the suites that follow: forget this address's failures.
rc, _ = sql("DELETE FROM login_failures WHERE throttle_key LIKE 'a:%'")
eq(rc, 0, "clean-up: address failures cleared")
r = t.post("/api/session", json_body={"username": api_name, "password": PW})
eq(r.status, 200, "the address signs in again after the window")
done()
