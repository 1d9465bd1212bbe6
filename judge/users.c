/* users.c: `verdict-judge useradd`, accounts made from the command line. */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "crypto.h"
#include "db.h"
#include "jctx.h"
#include "util.h"

/*
 * useradd [-c CONFIG] [--role user|admin] [--update] NAME
 * reads the password from the first line of stdin (never from argv, where
 * other users could see it).  --update changes the password and role of an
 * existing account instead of failing.
 */
int
cmd_useradd(int argc, char **argv)
{
	static const struct option	 lo[] = {
		{ "role", required_argument, NULL, 'r' },
		{ "update", no_argument, NULL, 'u' },
		{ NULL, 0, NULL, 0 }
	};
	struct jctx		 j;
	struct db_stmt		*st;
	const char		*cfgpath = NULL, *role = "user", *why;
	char			 pw[PASSWORD_MAX + 2], hash[PASSWORD_HASH_MAX];
	int			 ch, update = 0, rc = 1;

	while ((ch = getopt_long(argc, argv, "c:", lo, NULL)) != -1) {
		switch (ch) {
		case 'c': cfgpath = optarg; break;
		case 'r': role = optarg; break;
		case 'u': update = 1; break;
		default: goto usage;
		}
	}
	if (optind + 1 != argc)
		goto usage;
	if (strcmp(role, "user") != 0 && strcmp(role, "admin") != 0)
		goto usage;
	if ((why = username_check(argv[optind])) != NULL) {
		fprintf(stderr, "verdict-judge: user name \"%s\": %s\n",
		    argv[optind], why);
		return 2;
	}
	if (fgets(pw, sizeof(pw), stdin) == NULL) {
		fprintf(stderr, "verdict-judge: no password on stdin\n");
		return 2;
	}
	pw[strcspn(pw, "\r\n")] = '\0';
	if ((why = password_check_policy(pw)) != NULL) {
		fprintf(stderr, "verdict-judge: %s\n", why);
		return 2;
	}
	if (crypto_init() == -1 || password_hash(pw, hash) == -1)
		return 1;
	if (jctx_open(&j, cfgpath, 0, -1, 0) == -1)
		return 1;
	st = db_stmt(j.db, update ? STMT_USERS_SET_PASSWORD_BY_NAME :
	    STMT_USERS_INSERT);
	if (update) {
		db_bind_text(st, 0, hash);
		db_bind_text(st, 1, role);
		db_bind_text(st, 2, argv[optind]);
	} else {
		db_bind_text(st, 0, argv[optind]);
		db_bind_text(st, 1, hash);
		db_bind_text(st, 2, role);
	}
	switch (db_exec(st)) {
	case DB_OK:
		if (update && db_affected(st) == 0) {
			fprintf(stderr, "verdict-judge: no user \"%s\"\n",
			    argv[optind]);
			break;
		}
		rc = 0;
		break;
	case DB_CONFLICT:
		fprintf(stderr, "verdict-judge: user \"%s\" exists (use "
		    "--update)\n", argv[optind]);
		break;
	default:
		fprintf(stderr, "verdict-judge: database error\n");
		break;
	}
	explicit_bzero(pw, sizeof(pw));
	jctx_close(&j);
	return rc;
usage:
	fprintf(stderr, "usage: verdict-judge useradd [-c CONFIG] "
	    "[--role user|admin] [--update] NAME < password\n");
	return 2;
}
