/* page-home.c: the landing page at /. */
#include "handlers.h"

/*
 * Static content only, so the front page stays up (and fast: it is the
 * page `make bench` measures) even while the database is down.
 */
int
page_home(struct req *r)
{
	page_begin(r, NULL, NAV_HOME);
	h_lit(r,
	    "<section class=\"hero\">\n"
	    "<h1>Practice, compete, get a verdict in a second.</h1>\n"
	    "<p>Verdict is an online judge: pick a problem, write a "
	    "solution in C, C++, Python, Java or JavaScript right in your "
	    "browser, submit it and watch it run against hidden tests in a "
	    "sandbox. Then test yourself against others in timed contests "
	    "with a live leaderboard.</p>\n"
	    "<p><a class=\"btn\" href=\"/problems\">Browse problems</a> "
	    "<a class=\"btn secondary\" href=\"/contests\">See contests</a>"
	    "</p>\n</section>\n"
	    "<div class=\"grid3\">\n"
	    "<div class=\"card\">\n<h2>Solve problems</h2>\n"
	    "<p>From easy warm-ups to hard graph and dynamic-programming "
	    "problems, with sample tests you can run before you submit."
	    "</p>\n<p><a href=\"/problems\">Problem list &rarr;</a></p>\n"
	    "</div>\n"
	    "<div class=\"card\">\n<h2>Compete</h2>\n"
	    "<p>Join a contest, solve as many problems as you can before "
	    "the clock runs out, and follow the standings as they change."
	    "</p>\n<p><a href=\"/contests\">Contests &rarr;</a></p>\n"
	    "</div>\n"
	    "<div class=\"card\">\n<h2>Fair and fast judging</h2>\n"
	    "<p>Every submission is compiled and run in an isolated sandbox "
	    "with strict time and memory limits. Verdicts: AC, WA, TLE, "
	    "MLE, RE, CE.</p>\n");
	if (r->user == NULL)
		h_lit(r, "<p><a href=\"/register\">Create an account</a> or "
		    "<a href=\"/login\">sign in</a>.</p>\n");
	else
		h_lit(r, "<p><a href=\"/submissions\">Your submissions "
		    "&rarr;</a></p>\n");
	h_lit(r, "</div>\n</div>\n");
	page_end(r);
	return 200;
}
