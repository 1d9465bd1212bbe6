/* test_html.c: the escapers, the writer per context, the page layout. */
#include <string.h>

#include "arena.h"
#include "buf.h"
#include "escape.h"
#include "../../fcgi/handlers.h"
#include "../../fcgi/html.h"
#include "../../fcgi/req.h"
#include "t.h"

#define FFFD	"\xef\xbf\xbd"

static void
test_esc_html(void)
{
	static const struct {
		const char	*in;
		size_t		 len;	/* 0: strlen */
		const char	*want;
	} t[] = {
		{ "plain text", 0, "plain text" },
		{ "", 0, "" },
		{ "<script>alert(1)</script>", 0,
		    "&lt;script&gt;alert(1)&lt;/script&gt;" },
		{ "a & b", 0, "a &amp; b" },
		{ "&amp;", 0, "&amp;amp;" },
		{ "\"quoted\"", 0, "&quot;quoted&quot;" },
		{ "it's", 0, "it&#39;s" },
		{ "\" onmouseover=\"x", 0,
		    "&quot; onmouseover=&quot;x" },
		{ "' autofocus '", 0, "&#39; autofocus &#39;" },
		{ "tab\tnl\ncr\r", 0, "tab\tnl\ncr\r" },
		{ "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80", 0,
		    "\xc3\xa9\xe2\x82\xac\xf0\x9f\x98\x80" },
		{ "bad\xff", 0, "bad" FFFD },
		{ "\xc0\xaf", 0, FFFD FFFD },		/* overlong '/' */
		{ "\xe0\x80\xaf", 0, FFFD FFFD FFFD },	/* overlong */
		{ "\xed\xa0\x80", 0, FFFD FFFD FFFD },	/* surrogate */
		{ "\xf4\x90\x80\x80", 0, FFFD FFFD FFFD FFFD },	/* > U+10FFFF */
		{ "\xe2\x82", 0, FFFD FFFD },		/* truncated */
		{ "\xe2\x82<", 0, FFFD FFFD "&lt;" },	/* truncated, then markup */
		{ "a\x01z", 0, "a" FFFD "z" },
		{ "a\x7fz", 0, "a" FFFD "z" },
		{ "a\0<b", 4, "a" FFFD "&lt;b" },
	};
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 4096);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&b);
		T_INTEQ(esc_html(&b, t[i].in, t[i].len ? t[i].len :
		    strlen(t[i].in)), 0, "esc_html %zu succeeds", i);
		T_STREQ(buf_cstr(&b), t[i].want, "esc_html %zu", i);
	}
	buf_free(&b);
	/* The cap is reported, never overrun. */
	buf_init(&b, 8);
	T_INTEQ(esc_html(&b, "<<<", 3), -1, "esc_html reports the cap");
	T_OK(b.len <= 8, "esc_html never writes past the cap");
	buf_free(&b);
}

static void
test_esc_url(void)
{
	static const struct {
		const char	*in;
		const char	*want;
	} t[] = {
		{ "two-sum", "two-sum" },
		{ "A-Z_a.z~09", "A-Z_a.z~09" },
		{ "a b", "a%20b" },
		{ "a/b?c=d&e#f", "a%2Fb%3Fc%3Dd%26e%23f" },
		{ "<\"'>", "%3C%22%27%3E" },
		{ "\xc3\xa9", "%C3%A9" },
		{ "100%", "100%25" },
		{ "+", "%2B" },
		{ "", "" },
	};
	struct buf	 b;
	size_t		 i;

	buf_init(&b, 4096);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		buf_reset(&b);
		esc_url(&b, t[i].in, strlen(t[i].in));
		T_STREQ(buf_cstr(&b), t[i].want, "esc_url \"%s\"", t[i].in);
	}
	buf_free(&b);
}

static void
test_utf8(void)
{
	T_OK(utf8_valid("", 0), "empty is valid UTF-8");
	T_OK(utf8_valid("abc", 3), "ASCII is valid");
	T_OK(utf8_valid("\xc2\x80", 2), "U+0080 (smallest 2-byte)");
	T_OK(!utf8_valid("\xc1\xbf", 2), "overlong 2-byte refused");
	T_OK(utf8_valid("\xef\xbf\xbf", 3), "U+FFFF");
	T_OK(utf8_valid("\xf4\x8f\xbf\xbf", 4), "U+10FFFF (largest)");
	T_OK(!utf8_valid("\xf4\x90\x80\x80", 4), "U+110000 refused");
	T_OK(!utf8_valid("\xed\xbf\xbf", 3), "surrogate refused");
	T_OK(utf8_valid("\xee\x80\x80", 3), "U+E000 after surrogates");
	T_OK(!utf8_valid("a\0b", 3), "NUL refused");
	T_OK(!utf8_valid("\x80", 1), "lone continuation refused");
	T_OK(!utf8_valid("\xf5\x80\x80\x80", 4), "F5 lead refused");
}

static void
req_init(struct req *r, struct arena *a, struct buf *body,
    struct buf *headers)
{
	memset(r, 0, sizeof(*r));
	buf_reset(body);
	buf_reset(headers);
	r->arena = a;
	r->resp.body = body;
	r->resp.headers = headers;
}

static void
test_writer(struct arena *a)
{
	struct req	 r;
	struct buf	 body, headers, tiny;
	struct user	 u;
	const char	*s;

	buf_init(&body, 1 << 20);
	buf_init(&headers, 4096);
	req_init(&r, a, &body, &headers);
	h_lit(&r, "<p title=\"");
	h_attr(&r, "\"><script>x</script>");
	h_lit(&r, "\">");
	h_text(&r, "1 < 2 & 'q'");
	h_lit(&r, "</p><a href=\"/p/");
	h_url(&r, "a b/\"c");
	h_lit(&r, "\">");
	h_int(&r, -42);
	h_text(&r, NULL);
	h_attr(&r, NULL);
	h_url(&r, NULL);
	h_textf(&r, "%s=%d", "<n>", 7);
	h_textn(&r, "<abc", 2);
	h_lit(&r, "</a>");
	T_STREQ(buf_cstr(&body), "<p title=\"&quot;&gt;&lt;script&gt;x"
	    "&lt;/script&gt;\">1 &lt; 2 &amp; &#39;q&#39;</p><a href=\"/p/"
	    "a%20b%2F%22c\">-42&lt;n&gt;=7&lt;a</a>",
	    "every context escapes its data");
	T_OK(r.resp.written && !r.resp.overflow, "written, no overflow");

	/* The body cap: writes past it set overflow, never overrun. */
	buf_init(&tiny, 16);
	req_init(&r, a, &tiny, &headers);
	h_text(&r, "0123456789");
	T_OK(!r.resp.overflow, "10 bytes fit in 16");
	h_text(&r, "0123456789");
	T_OK(r.resp.overflow, "20 bytes overflow 16");
	T_OK(tiny.len <= 16, "the buffer stays within its cap");
	buf_free(&tiny);

	/* The layout, anonymous. */
	req_init(&r, a, &body, &headers);
	page_begin(&r, "Two <Sum>", NAV_PROBLEMS);
	h_lit(&r, "<h1>x</h1>");
	page_end(&r);
	s = buf_cstr(&body);
	T_OK(strncmp(s, "<!DOCTYPE html>\n<html lang=\"en\">", 32) == 0,
	    "doctype and lang first");
	T_OK(strstr(s, "<meta charset=\"utf-8\">") != NULL, "charset");
	T_OK(strstr(s, "<title>Two &lt;Sum&gt; \xc2\xb7 Verdict</title>") !=
	    NULL, "title escaped");
	T_OK(strstr(s, "href=\"/static/css/site.css\"") != NULL,
	    "links the site stylesheet");
	T_OK(strstr(s, "<a href=\"/problems\" aria-current=\"page\">"
	    "Problems</a>") != NULL, "active navigation entry");
	T_OK(strstr(s, "href=\"/contests\">Contests</a>") != NULL,
	    "contests link");
	T_OK(strstr(s, "href=\"/login\"") != NULL &&
	    strstr(s, "href=\"/register\"") != NULL,
	    "anonymous visitors see sign-in links");
	T_OK(strstr(s, "<main>\n<h1>x</h1></main>") != NULL,
	    "content inside main");
	T_OK(strstr(s, "<footer class=\"site\">") != NULL, "footer");
	T_OK(strlen(s) > 20 && strcmp(s + strlen(s) - 8, "</html>\n") == 0,
	    "document closed");
	T_OK(strstr(s, "<script") == NULL && strstr(s, "style=") == NULL,
	    "no inline script or style (CSP)");

	/* Signed in: the user name and CSRF token are escaped. */
	req_init(&r, a, &body, &headers);
	memset(&u, 0, sizeof(u));
	u.username = "<bob>";
	u.csrf = "tok\"en";
	r.user = &u;
	page_begin(&r, NULL, NAV_NONE);
	page_end(&r);
	s = buf_cstr(&body);
	T_OK(strstr(s, "<title>Verdict</title>") != NULL,
	    "no title: just the site name");
	T_OK(strstr(s, ">&lt;bob&gt;</a>") != NULL, "user name escaped");
	T_OK(strstr(s, "?user=%3Cbob%3E") != NULL, "user name in URL encoded");
	T_OK(strstr(s, "value=\"tok&quot;en\"") != NULL, "CSRF token escaped");
	T_OK(strstr(s, "action=\"/logout\"") != NULL, "sign-out form");
	T_OK(strstr(s, "aria-current") == NULL, "NAV_NONE highlights nothing");

	/* The error page. */
	req_init(&r, a, &body, &headers);
	r.err_msg = "No problem called <x>.";
	page_error(&r, 404);
	s = buf_cstr(&body);
	T_OK(strstr(s, "Page not found") != NULL, "404 page title");
	T_OK(strstr(s, "Error 404") != NULL, "status shown");
	T_OK(strstr(s, "No problem called &lt;x&gt;.") != NULL,
	    "error message escaped");
	req_init(&r, a, &body, &headers);
	page_error(&r, 503);
	T_OK(strstr(buf_cstr(&body), "temporarily unavailable") != NULL,
	    "503 page is readable");
	req_init(&r, a, &body, &headers);
	page_error(&r, 418);
	T_OK(strstr(buf_cstr(&body), "Error 418") != NULL,
	    "unknown statuses still render");

	/* The home page renders a complete page without the database. */
	req_init(&r, a, &body, &headers);
	T_INTEQ(page_home(&r), 200, "home page returns 200");
	s = buf_cstr(&body);
	T_OK(strstr(s, "href=\"/problems\"") != NULL &&
	    strstr(s, "href=\"/contests\"") != NULL &&
	    strstr(s, "href=\"/login\"") != NULL, "home links the main areas");
	T_OK(strstr(s, "online judge") != NULL, "home says what Verdict is");
	buf_free(&body);
	buf_free(&headers);
}

int
main(void)
{
	struct arena	 a;

	arena_init(&a, 0, 0);
	test_esc_html();
	test_esc_url();
	test_utf8();
	test_writer(&a);
	arena_free(&a);
	T_DONE();
}
