/* bare-fcgi.c: the bare libfcgi responder, the floor the web benchmarks use. */
/*
 * bare-fcgi SOCKET WORKERS [MANIFEST]: a prefork FastCGI responder doing
 * the least a responder can do, the way FLOORS.md measured the floor:
 * FCGX_OpenSocket, chmod 0777 (nginx workers run as nobody), fork WORKERS
 * children, each looping on FCGX_Accept_r.  Each request is answered from
 * memory: the page whose URI (REQUEST_URI, query included) matches, with
 * the same head verdict-web sends (status, type, length, Cache-Control and
 * the security headers of resp_security_headers), else the first page.
 *
 * MANIFEST has one page per line, tab-separated: URI, the file holding
 * the body, its content type (tests/bench/lib.sh writes it from
 * verdict-web's own answers, so both serve the same bytes).  Without a
 * manifest every request gets "hello" as text/plain.  SIGTERM or SIGINT
 * stops the children and removes the socket.
 */
#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <fcgiapp.h>

#include "buf.h"
#include "../../fcgi/resp.h"

#define MAX_PAGES	64
#define MAX_KIDS	256
#define MAX_BODY	(64u * 1024 * 1024)

struct page {
	char	*uri;
	char	*head;
	size_t	 headlen;
	char	*body;
	size_t	 bodylen;
};

static struct page		 pages[MAX_PAGES];
static size_t			 npages;
static struct page		 hello;
static pid_t			 kids[MAX_KIDS];
static int			 nkids;
static volatile sig_atomic_t	 quit;

static void
on_term(int sig)
{
	(void)sig;
	quit = 1;
}

static void
die(const char *what, const char *why)
{
	fprintf(stderr, "bare-fcgi: %s: %s\n", what, why);
	exit(1);
}

/* page_set: p answers uri with body (owned) of type ctype. */
static void
page_set(struct page *p, const char *uri, char *body, size_t len,
    const char *ctype)
{
	struct buf	 b;

	buf_init(&b, 64 * 1024);
	buf_printf(&b, "Status: 200 OK\r\nContent-Type: %s\r\n"
	    "Content-Length: %zu\r\nCache-Control: no-store\r\n", ctype, len);
	resp_security_headers(&b);
	buf_puts(&b, "\r\n");
	p->uri = uri != NULL ? strdup(uri) : NULL;
	p->head = buf_detach(&b, &p->headlen);
	p->body = body;
	p->bodylen = len;
}

/* manifest_load: every "URI\tFILE\tTYPE" line of path into pages[]. */
static void
manifest_load(const char *path)
{
	FILE	*m, *f;
	char	 line[4096], *uri, *file, *ctype, *body;
	long	 len;

	if ((m = fopen(path, "r")) == NULL)
		die(path, strerror(errno));
	while (fgets(line, sizeof(line), m) != NULL && npages < MAX_PAGES) {
		line[strcspn(line, "\r\n")] = '\0';
		uri = line;
		if ((file = strchr(uri, '\t')) == NULL)
			continue;
		*file++ = '\0';
		if ((ctype = strchr(file, '\t')) != NULL)
			*ctype++ = '\0';
		else
			ctype = "text/html; charset=utf-8";
		if ((f = fopen(file, "rb")) == NULL)
			die(file, strerror(errno));
		if (fseek(f, 0, SEEK_END) == -1 || (len = ftell(f)) < 0 ||
		    (size_t)len > MAX_BODY || fseek(f, 0, SEEK_SET) == -1)
			die(file, "cannot size it");
		if ((body = malloc((size_t)len + 1)) == NULL)
			die(file, "out of memory");
		if (fread(body, 1, (size_t)len, f) != (size_t)len)
			die(file, "read failed");
		fclose(f);
		page_set(&pages[npages++], uri, body, (size_t)len, ctype);
	}
	fclose(m);
}

static void
child(int sock)
{
	FCGX_Request		 r;
	const struct page	*p;
	const char		*uri;
	size_t			 i;

	signal(SIGTERM, SIG_DFL);
	signal(SIGINT, SIG_DFL);
	if (FCGX_InitRequest(&r, sock, 0) != 0)
		_exit(1);
	while (FCGX_Accept_r(&r) >= 0) {
		p = npages > 0 ? &pages[0] : &hello;
		if ((uri = FCGX_GetParam("REQUEST_URI", r.envp)) != NULL)
			for (i = 0; i < npages; i++)
				if (strcmp(pages[i].uri, uri) == 0) {
					p = &pages[i];
					break;
				}
		FCGX_PutStr(p->head, (int)p->headlen, r.out);
		FCGX_PutStr(p->body, (int)p->bodylen, r.out);
		FCGX_Finish_r(&r);
	}
	_exit(0);
}

int
main(int argc, char **argv)
{
	struct sigaction	 sa;
	char			*end;
	long			 n;
	int			 sock, i;

	if (argc < 3 || argc > 4) {
		fprintf(stderr, "usage: bare-fcgi SOCKET WORKERS [MANIFEST]\n");
		return 2;
	}
	n = strtol(argv[2], &end, 10);
	if (*end != '\0' || n < 1 || n > MAX_KIDS) {
		fprintf(stderr, "usage: bare-fcgi SOCKET WORKERS [MANIFEST]\n");
		return 2;
	}
	page_set(&hello, NULL, strdup("hello"), 5, "text/plain");
	if (argc == 4)
		manifest_load(argv[3]);
	if (FCGX_Init() != 0)
		die("FCGX_Init", "failed");
	unlink(argv[1]);
	if ((sock = FCGX_OpenSocket(argv[1], 1024)) < 0) {
		fprintf(stderr, "bare-fcgi: cannot listen on %s\n", argv[1]);
		return 1;
	}
	if (chmod(argv[1], 0777) == -1)
		die(argv[1], strerror(errno));
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	for (i = 0; i < n; i++) {
		if ((kids[nkids] = fork()) == -1)
			die("fork", strerror(errno));
		if (kids[nkids] == 0)
			child(sock);
		nkids++;
	}
	while (!quit)
		pause();
	for (i = 0; i < nkids; i++)
		kill(kids[i], SIGTERM);
	while (wait(NULL) > 0 || errno == EINTR)
		continue;
	unlink(argv[1]);
	return 0;
}
