/* html.c: the escaping HTML writer and the layout every page shares. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "escape.h"
#include "html.h"

static void
h_check(struct req *r, int rc)
{
	r->resp.written = 1;
	if (rc == -1)
		r->resp.overflow = 1;
}

void
h_raw_(struct req *r, const char *s, size_t n)
{
	h_check(r, buf_add(r->resp.body, s, n));
}

void
h_textn(struct req *r, const char *s, size_t n)
{
	if (s != NULL)
		h_check(r, esc_html(r->resp.body, s, n));
}

void
h_text(struct req *r, const char *s)
{
	if (s != NULL)
		h_textn(r, s, strlen(s));
}

void
h_attr(struct req *r, const char *s)
{
	/* Quoted attributes only: the text escaper also covers " and '. */
	h_text(r, s);
}

void
h_url(struct req *r, const char *s)
{
	if (s != NULL)
		h_check(r, esc_url(r->resp.body, s, strlen(s)));
}

void
h_int(struct req *r, long long n)
{
	char	 num[32];
	int	 len;

	len = snprintf(num, sizeof(num), "%lld", n);
	h_raw_(r, num, (size_t)len);
}

void
h_textf(struct req *r, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	s = arena_vprintf(r->arena, fmt, ap);
	va_end(ap);
	if (s == NULL)
		r->resp.overflow = 1;
	else
		h_text(r, s);
}

static const struct {
	enum nav	 nav;
	const char	*href;
	const char	*label;
} nav_items[] = {
	{ NAV_PROBLEMS, "/problems", "Problems" },
	{ NAV_CONTESTS, "/contests", "Contests" },
	{ NAV_SUBMISSIONS, "/submissions", "Submissions" },
};

static void
page_head(struct req *r, const char *title, enum nav active, int wide,
    int refresh)
{
	size_t	 i;

	h_lit(r, "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n"
	    "<meta charset=\"utf-8\">\n"
	    "<meta name=\"viewport\" content=\"width=device-width, "
	    "initial-scale=1\">\n");
	/* For the pages' scripts (X-CSRF-Token on their JSON posts). */
	if (r->user != NULL && r->user->csrf != NULL) {
		h_lit(r, "<meta name=\"csrf-token\" content=\"");
		h_attr(r, r->user->csrf);
		h_lit(r, "\">\n");
	}
	/* Without JavaScript a pending page reloads itself. */
	if (refresh > 0) {
		h_lit(r, "<noscript><meta http-equiv=\"refresh\" content=\"");
		h_int(r, refresh);
		h_lit(r, "\"></noscript>\n");
	}
	h_lit(r, "<title>");
	if (title != NULL && *title != '\0') {
		h_text(r, title);
		h_lit(r, " \xc2\xb7 ");
	}
	h_lit(r, "Verdict</title>\n"
	    "<link rel=\"stylesheet\" href=\"/static/css/site.css\">\n"
	    "<link rel=\"icon\" href=\"/favicon.ico\">\n"
	    "</head>\n<body>\n<header class=\"site\">\n"
	    "<a class=\"brand\" href=\"/\">Verdict</a>\n<nav>\n");
	for (i = 0; i < sizeof(nav_items) / sizeof(nav_items[0]); i++) {
		h_lit(r, "<a href=\"");
		h_attr(r, nav_items[i].href);
		h_lit(r, "\"");
		if (nav_items[i].nav == active)
			h_lit(r, " aria-current=\"page\"");
		h_lit(r, ">");
		h_text(r, nav_items[i].label);
		h_lit(r, "</a>\n");
	}
	h_lit(r, "</nav>\n<div class=\"user\">\n");
	if (r->user != NULL) {
		h_lit(r, "<a href=\"/submissions?user=");
		h_url(r, r->user->username);
		h_lit(r, "\">");
		h_text(r, r->user->username);
		h_lit(r, "</a>\n<form class=\"inline\" method=\"post\" "
		    "action=\"/logout\">");
		if (r->user->csrf != NULL) {
			h_lit(r, "<input type=\"hidden\" name=\"csrf\" "
			    "value=\"");
			h_attr(r, r->user->csrf);
			h_lit(r, "\">");
		}
		h_lit(r, "<button class=\"link\" type=\"submit\">"
		    "Sign out</button></form>\n");
	} else {
		h_lit(r, "<a href=\"/login\">Sign in</a>\n"
		    "<a href=\"/register\">Register</a>\n");
	}
	h_lit(r, "</div>\n</header>\n");
	if (wide)
		h_lit(r, "<main class=\"wide\">\n");
	else
		h_lit(r, "<main>\n");
}

void
page_begin(struct req *r, const char *title, enum nav active)
{
	page_head(r, title, active, 0, 0);
}

void
page_begin_wide(struct req *r, const char *title, enum nav active)
{
	page_head(r, title, active, 1, 0);
}

void
page_begin_refresh(struct req *r, const char *title, enum nav active,
    int seconds)
{
	page_head(r, title, active, 0, seconds);
}

void
h_script(struct req *r, const char *src)
{
	h_lit(r, "<script src=\"");
	h_attr(r, src);
	h_lit(r, "\" defer></script>\n");
}

void
page_end(struct req *r)
{
	h_lit(r, "</main>\n<footer class=\"site\">Verdict \xc2\xb7 "
	    "an online judge \xc2\xb7 "
	    "<a href=\"/problems\">Problems</a> \xc2\xb7 "
	    "<a href=\"/contests\">Contests</a> \xc2\xb7 "
	    "<a href=\"/healthz\">Status</a></footer>\n"
	    "</body>\n</html>\n");
}
