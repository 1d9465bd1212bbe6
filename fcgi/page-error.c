/* page-error.c: the readable error page behind every HTML error status. */
#include "handlers.h"

static const struct {
	int		 status;
	const char	*title;
	const char	*hint;
} pages[] = {
	{ 400, "That request did not make sense",
	    "Check the address or the form and try again." },
	{ 401, "Please sign in",
	    "This page is only for signed-in users." },
	{ 403, "Not allowed",
	    "Your account cannot open this page." },
	{ 404, "Page not found",
	    "The page may have moved, or the address has a typo." },
	{ 405, "Not allowed here",
	    "This address does not accept that kind of request." },
	{ 413, "Too large",
	    "What you sent is larger than Verdict accepts." },
	{ 429, "Slow down",
	    "Too many requests in a short time; wait a little." },
	{ 500, "Something broke",
	    "We logged the error. Please try again; if it keeps "
	    "happening, tell the administrators." },
	{ 503, "Verdict is temporarily unavailable",
	    "A service Verdict depends on is not answering. This page "
	    "will work again as soon as it is back; try again in a few "
	    "seconds." },
};

void
page_error(struct req *r, int status)
{
	const char	*title = http_status_text(status), *hint = NULL;
	size_t		 i;

	for (i = 0; i < sizeof(pages) / sizeof(pages[0]); i++)
		if (pages[i].status == status) {
			title = pages[i].title;
			hint = pages[i].hint;
		}
	page_begin(r, title, NAV_NONE);
	h_lit(r, "<section class=\"hero\">\n<p class=\"muted\">Error ");
	h_int(r, status);
	h_lit(r, "</p>\n<h1>");
	h_text(r, title);
	h_lit(r, "</h1>\n");
	if (r->err_msg != NULL) {
		h_lit(r, "<p>");
		h_text(r, r->err_msg);
		h_lit(r, "</p>\n");
	}
	if (hint != NULL) {
		h_lit(r, "<p>");
		h_text(r, hint);
		h_lit(r, "</p>\n");
	}
	h_lit(r, "<p><a class=\"btn\" href=\"/\">Back to the home page</a> "
	    "<a class=\"btn secondary\" href=\"/problems\">Browse problems"
	    "</a></p>\n</section>\n");
	page_end(r);
}
