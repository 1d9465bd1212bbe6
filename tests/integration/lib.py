"""lib.py: TAP output and an HTTP client for the integration tests.

Stdlib only (Debian's /usr/bin/python3).  Each check prints one TAP line;
done() exits non-zero when any failed.
"""
import http.cookiejar
import json
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

URL = os.environ.get("VERDICT_URL", "http://127.0.0.1:18180")
VAR = os.environ.get("VERDICT_VAR", "")
ROOT = os.environ.get("VERDICT_ROOT", ".")
_n = 0
_failed = 0


def ok(cond, what, detail=None):
    global _n, _failed
    _n += 1
    if cond:
        print("ok %d - %s" % (_n, what))
    else:
        _failed += 1
        print("not ok %d - %s" % (_n, what))
        if detail is not None:
            for line in str(detail).splitlines()[:20]:
                print("#   " + line)
    sys.stdout.flush()
    return cond


def eq(got, want, what):
    return ok(got == want, what, "got  %r\nwant %r" % (got, want))


def done():
    print("# %d checks, %d failed" % (_n, _failed))
    sys.exit(1 if _failed else 0)


class Response:
    def __init__(self, status, headers, body):
        self.status = status
        self.headers = headers
        self.body = body

    @property
    def text(self):
        return self.body.decode("utf-8", "replace")

    def json(self):
        try:
            return json.loads(self.body)
        except ValueError:
            return None

    def header(self, name):
        return self.headers.get(name)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *a, **k):
        return None


class Client:
    """One browser-like client: its own cookies, optional bearer token."""

    def __init__(self, follow=False):
        self.jar = http.cookiejar.CookieJar()
        handlers = [urllib.request.HTTPCookieProcessor(self.jar)]
        if not follow:
            handlers.append(_NoRedirect())
        self.opener = urllib.request.build_opener(*handlers)
        self.token = None
        self.csrf = None

    def request(self, method, path, body=None, headers=None, json_body=None,
                form=None, timeout=30):
        h = dict(headers or {})
        data = body
        if json_body is not None:
            data = json.dumps(json_body).encode()
            h.setdefault("Content-Type", "application/json")
        elif form is not None:
            data = urllib.parse.urlencode(form).encode()
            h.setdefault("Content-Type", "application/x-www-form-urlencoded")
        if isinstance(data, str):
            data = data.encode()
        if self.token:
            h.setdefault("Authorization", "Bearer " + self.token)
        req = urllib.request.Request(URL + path, data=data, method=method,
                                     headers=h)
        try:
            with self.opener.open(req, timeout=timeout) as r:
                return Response(r.status, r.headers, r.read())
        except urllib.error.HTTPError as e:
            return Response(e.code, e.headers, e.read())

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, path, **kw):
        return self.request("POST", path, **kw)

    def cookie(self, name):
        for c in self.jar:
            if c.name == name:
                return c
        return None


def csrf_from(html):
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    return m.group(1) if m else None


def wait_until(fn, timeout=30.0, interval=0.1):
    end = time.time() + timeout
    while time.time() < end:
        v = fn()
        if v:
            return v
        time.sleep(interval)
    return None
