/* log.h: logging in the style of OpenBSD daemons (log_warn, log_warnx, fatal). */
#ifndef VERDICT_LOG_H
#define VERDICT_LOG_H

#include <stdarg.h>

/*
 * log_init: set the program name used as prefix; debug != 0 also prints
 * log_debug lines.  Logs go to stderr (the stack redirects them to files).
 */
void	log_init(const char *progname, int debug);
/* log_warn: message plus ": " and strerror(errno). */
void	log_warn(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* log_warnx: message only. */
void	log_warnx(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_info(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void	log_debug(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
/* fatal/fatalx: log and exit(1); only at start-up or for broken invariants. */
void	fatal(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));
void	fatalx(const char *fmt, ...)
	    __attribute__((format(printf, 1, 2), noreturn));

#endif
