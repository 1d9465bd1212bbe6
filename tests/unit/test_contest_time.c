/* test_contest_time.c: contest times (ISO 8601) and phases at their edges. */
#include <string.h>

#include "../../fcgi/contests.h"
#include "t.h"

static long long
ms(const char *s)
{
	long long	 v;

	return contest_time_parse(s, &v) == 0 ? v : -1;
}

int
main(void)
{
	static const char *const bad[] = {
		"", "tomorrow", "2025-01-01", "2025-01-01T10", "2025-1-01T10:00",
		"2025-01-01T10:00:00Zjunk", "2025-13-01T00:00:00Z",
		"2025-00-10T00:00:00Z", "2025-01-32T00:00:00Z",
		"2025-02-29T00:00:00Z", "2100-02-29T00:00:00Z",
		"2025-04-31T00:00:00Z", "2025-01-01T24:00:00Z",
		"2025-01-01T23:60:00Z", "2025-01-01T23:59:60Z",
		"1999-12-31T23:59:59Z", "2200-01-01T00:00:00Z",
		"2025-01-01T10:00:00.Z", "2025-01-01T10:00:00+24:00",
		"2025-01-01T10:00:00+05:60", "2025-01-01T10:00:00+5",
		"2025-01-01X10:00:00Z", " 2025-01-01T10:00:00Z",
		"2025-01-01T10:00:00.1234567890Z",
	};
	struct contest	 c;
	char		 out[40];
	size_t		 i;

	T_OK(ms("1970-01-01T00:00:00Z") == -1, "before 2000 refused");
	T_OK(ms("2000-01-01T00:00:00Z") == 946684800000LL, "2000-01-01");
	T_OK(ms("2025-03-01T18:00:00Z") == 1740852000000LL,
	    "a time with Z");
	T_OK(ms("2025-03-01T18:00Z") == 1740852000000LL, "no seconds");
	T_OK(ms("2025-03-01T18:00") == 1740852000000LL,
	    "no zone: UTC (the datetime-local form field)");
	T_OK(ms("2025-03-01 18:00:00") == 1740852000000LL, "a space for T");
	T_OK(ms("2025-03-01t18:00:00z") == 1740852000000LL, "lower case");
	T_OK(ms("2025-03-01T18:00:00+00:00") == 1740852000000LL, "+00:00");
	T_OK(ms("2025-03-01T20:30:00+02:30") == 1740852000000LL,
	    "an offset east");
	T_OK(ms("2025-03-01T13:00:00-0500") == 1740852000000LL,
	    "an offset west without a colon");
	T_OK(ms("2025-03-01T18:00:00.250Z") == 1740852000250LL,
	    "milliseconds");
	T_OK(ms("2025-03-01T18:00:00.5Z") == 1740852000500LL,
	    "tenths of a second");
	T_OK(ms("2025-03-01T18:00:00.123456Z") == 1740852000123LL,
	    "microseconds are cut to milliseconds");
	T_OK(ms("2024-02-29T00:00:00Z") == 1709164800000LL, "a leap day");
	T_OK(ms("2000-02-29T00:00:00Z") == 951782400000LL,
	    "2000 is a leap year");
	T_OK(ms("2199-12-31T23:59:59Z") > 0, "the last second allowed");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		T_OK(ms(bad[i]) == -1, "refused: \"%s\"", bad[i]);
	T_OK(contest_time_parse(NULL, &c.starts_ms) == -1, "NULL refused");

	contest_time_format(1740852000250LL, 0, out, sizeof(out));
	T_STREQ(out, "2025-03-01T18:00:00Z", "formatted for JSON");
	contest_time_format(1740852000250LL, 1, out, sizeof(out));
	T_STREQ(out, "2025-03-01 18:00:00.250", "formatted for DATETIME(3)");

	memset(&c, 0, sizeof(c));
	c.starts_ms = 1000000;
	c.ends_ms = c.starts_ms + 90 * 60000;
	c.freeze_min = 30;
	c.freeze_ms = c.ends_ms - 30 * 60000;
	T_OK(contest_phase(&c, c.starts_ms - 1) == CONTEST_UPCOMING,
	    "a millisecond before the start: upcoming");
	T_OK(contest_phase(&c, c.starts_ms) == CONTEST_RUNNING,
	    "at the start: running");
	T_OK(contest_phase(&c, c.ends_ms - 1) == CONTEST_RUNNING,
	    "a millisecond before the end: running");
	T_OK(contest_phase(&c, c.ends_ms) == CONTEST_ENDED, "at the end: ended");
	T_OK(!contest_frozen(&c, c.freeze_ms - 1), "before the freeze");
	T_OK(contest_frozen(&c, c.freeze_ms), "from the freeze");
	T_OK(contest_frozen(&c, c.ends_ms + 3600000),
	    "still frozen after the end");
	c.unfrozen = 1;
	T_OK(!contest_frozen(&c, c.ends_ms + 1), "not once unfrozen");
	c.unfrozen = 0;
	c.freeze_min = 0;
	c.freeze_ms = c.ends_ms;
	T_OK(!contest_frozen(&c, c.ends_ms), "never without a freeze");
	T_DONE();
}
