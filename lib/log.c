/* log.c: timestamped stderr logging shared by verdict-web and verdict-judge. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"

static const char	*log_prog = "verdict";
static int		 log_debug_on;

void
log_init(const char *progname, int debug)
{
	log_prog = progname;
	log_debug_on = debug;
}

static void
log_vemit(const char *level, int with_errno, int saved, const char *fmt,
    va_list ap)
{
	char		 msg[2048], ts[32];
	struct tm	 tm;
	time_t		 now = time(NULL);

	vsnprintf(msg, sizeof(msg), fmt, ap);
	gmtime_r(&now, &tm);
	strftime(ts, sizeof(ts), "%Y-%m-%dT%H:%M:%SZ", &tm);
	if (with_errno)
		fprintf(stderr, "%s %s[%d] %s: %s: %s\n", ts, log_prog,
		    (int)getpid(), level, msg, strerror(saved));
	else
		fprintf(stderr, "%s %s[%d] %s: %s\n", ts, log_prog,
		    (int)getpid(), level, msg);
}

#define LOG_BODY(level, with_errno) do {		\
	int	 saved_ = errno;			\
	va_list	 ap_;					\
	va_start(ap_, fmt);				\
	log_vemit(level, with_errno, saved_, fmt, ap_);	\
	va_end(ap_);					\
	errno = saved_;					\
} while (0)

void log_warn(const char *fmt, ...) { LOG_BODY("warn", 1); }
void log_warnx(const char *fmt, ...) { LOG_BODY("warn", 0); }
void log_info(const char *fmt, ...) { LOG_BODY("info", 0); }

void
log_debug(const char *fmt, ...)
{
	if (log_debug_on)
		LOG_BODY("debug", 0);
}

void
fatal(const char *fmt, ...)
{
	LOG_BODY("fatal", 1);
	exit(1);
}

void
fatalx(const char *fmt, ...)
{
	LOG_BODY("fatal", 0);
	exit(1);
}
