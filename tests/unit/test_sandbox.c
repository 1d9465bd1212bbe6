/* test_sandbox.c: the sandbox against real programs, hostile ones included. */
/*
 * Needs root and cgroups (CI runs it so); without them every check reports
 * "not ok": a sandbox test never passes by being skipped.  Each C program
 * below is compiled inside the sandbox (COMPILE policy, binary collected),
 * then run under a run policy; a program designed to attack prints what
 * happened, so a successful attack changes the expected output.
 *
 * It runs under ASan+UBSan like every unit test: the box processes are
 * clones of this instrumented process until their exec, which ASan
 * tolerates (no threads, raw clone3, _exit on every child path).
 *
 * The slot is $VERDICT_TEST_SLOT, or the first free one of 9 and 100-131,
 * so a judge (slot 0) or another test run may use the machine meanwhile.
 */
#include <sys/stat.h>
#include <sys/types.h>

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "log.h"
#include "../../judge/sandbox.h"
#include "t.h"

#define JDK	"/usr/lib/jvm/java-17-openjdk-amd64"
#define MIB	(1024 * 1024)

static unsigned	 slot;

/* A C program, the policy and limits to run it with, what must happen. */
struct tcase {
	const char	*name;
	const char	*src;
	enum sbx_status	 want;
	enum sbx_status	 alt;		/* also accepted; 0 (OK) means none
					   unless want is OK */
	const char	*out;		/* exact stdout, or NULL */
	enum sbx_policy	 policy;
	uint64_t	 cpu_ms, wall_ms, memory_kb, output_bytes, fsize;
	unsigned	 pids;
	const char	*in;		/* stdin data */
};

#define INC "#define _GNU_SOURCE\n#include <errno.h>\n#include <fcntl.h>\n" \
	"#include <signal.h>\n#include <stdio.h>\n#include <stdlib.h>\n"  \
	"#include <string.h>\n#include <unistd.h>\n#include <sched.h>\n"   \
	"#include <sys/ioctl.h>\n#include <sys/mount.h>\n"                 \
	"#include <sys/ptrace.h>\n#include <sys/socket.h>\n"               \
	"#include <sys/stat.h>\n#include <sys/syscall.h>\n"                \
	"#include <sys/wait.h>\n"

/* Fields left out are 0: the defaults of run_bin. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
static const struct tcase cases[] = {
	{ "exit 0 prints", INC "int main(void){puts(\"hello, world\");"
	    "return 0;}", SBX_OK, 0, "hello, world\n", SBX_POLICY_RUN },
	{ "exit 42 is RE", INC "int main(void){return 42;}", SBX_RE, 0, "",
	    SBX_POLICY_RUN },
	{ "abort is RE", INC "int main(void){abort();}", SBX_RE, 0, "",
	    SBX_POLICY_RUN },
	{ "infinite loop is TLE", INC "int main(void){for(;;);}", SBX_TLE, 0,
	    NULL, SBX_POLICY_RUN, .cpu_ms = 300 },
	{ "sleep is WALL", INC "int main(void){sleep(30);return 0;}",
	    SBX_WALL, 0, NULL, SBX_POLICY_RUN, .cpu_ms = 300, .wall_ms = 600 },
	{ "1 GiB touched under 64 MiB is MLE", INC "int main(void){size_t n="
	    "1UL<<30;char*volatile p=malloc(n);if(!p)return 3;for(size_t i=0;"
	    "i<n;i+=4096)p[i]=1;puts(\"survived\");return 0;}", SBX_MLE, 0,
	    NULL, SBX_POLICY_RUN, .memory_kb = 64 * 1024 },
	{ "tmpfs filler is stopped", INC "int main(void){static char b[1<<20];"
	    "int f=open(\"/tmp/fill\",O_WRONLY|O_CREAT,0600);if(f<0)return 2;"
	    "for(int i=0;i<256;i++)if(write(f,b,sizeof b)<0){printf(\"%d\\n\","
	    "errno);return 1;}puts(\"filled\");return 0;}", SBX_MLE, SBX_OLE,
	    NULL, SBX_POLICY_RUN, .memory_kb = 64 * 1024, .fsize = 128 * MIB },
	{ "output flood is OLE", INC "int main(void){static char b[65536];"
	    "memset(b,'x',sizeof b);for(;;)write(1,b,sizeof b);}", SBX_OLE, 0,
	    NULL, SBX_POLICY_RUN, .output_bytes = MIB },
	{ "file over RLIMIT_FSIZE is OLE", INC "int main(void){static char "
	    "b[1<<20];int f=open(\"big\",O_WRONLY|O_CREAT,0600);for(int i=0;"
	    "i<4;i++)write(f,b,sizeof b);return 0;}", SBX_OLE, 0, NULL,
	    SBX_POLICY_RUN, .fsize = 2 * MIB },
	{ "fork count bounded by pids", INC "int main(void){int n=0;while("
	    "n<1000){pid_t p=fork();if(p==0){pause();_exit(0);}if(p<0)break;"
	    "n++;}"
	    "printf(\"%d\\n\",n<16?1:n);return 0;}", SBX_OK, 0, "1\n",
	    SBX_POLICY_RUN, .pids = 16 },
	{ "fork bomb is contained", INC "int main(void){for(;;)fork();}",
	    SBX_TLE, SBX_WALL, NULL, SBX_POLICY_RUN, .cpu_ms = 500,
	    .wall_ms = 1500, .pids = 32 },
	{ "threads work (clone3 falls back)", "#include <pthread.h>\n"
	    "#include <stdio.h>\nstatic void*f(void*a){return a;}int main"
	    "(void){pthread_t t;void*r;if(pthread_create(&t,0,f,(void*)7))"
	    "return 1;pthread_join(t,&r);printf(\"%ld\\n\",(long)r);return 0;}",
	    SBX_OK, 0, "7\n", SBX_POLICY_RUN },
	{ "socket() fails with EACCES", INC "int main(void){int s=socket("
	    "AF_INET,SOCK_STREAM,0);printf(\"%d %d\\n\",s,errno);return 0;}",
	    SBX_OK, 0, "-1 13\n", SBX_POLICY_RUN },
	{ "/etc/shadow and host files are not there", INC "static void t("
	    "const char*p){int f=open(p,O_RDONLY);printf(\"%d \",f<0?errno:0);}"
	    "int main(void){t(\"/etc/shadow\");t(\"/root\");t(\"/home\");"
	    "t(\"/sys/fs/cgroup\");t(\"/var/log\");t(\"/run\");"
	    "t(\"/proc/1/environ\");puts(\"\");return 0;}", SBX_OK, 0,
	    "2 2 2 2 2 2 2 \n", SBX_POLICY_RUN },
	{ "writing to /usr is EROFS", INC "int main(void){int f=open("
	    "\"/usr/pwned\",O_WRONLY|O_CREAT,0644);printf(\"%d %d\\n\",f,"
	    "errno);return 0;}", SBX_OK, 0, "-1 30\n", SBX_POLICY_RUN },
	{ "writing to / and /etc is EACCES", INC "int main(void){int f=open("
	    "\"/pwned\",O_WRONLY|O_CREAT,0644);int g=open(\"/etc/passwd\","
	    "O_WRONLY);printf(\"%d %d %d\\n\",f,g,errno);return 0;}", SBX_OK, 0,
	    "-1 -1 13\n", SBX_POLICY_RUN },
	{ "execve of /bin/sh is refused", INC "int main(void){execl("
	    "\"/bin/sh\",\"sh\",\"-c\",\"echo pwned\",(char*)0);printf(\"%d "
	    "\",errno);syscall(SYS_execveat,1000,\"\",(char*[]){\"sh\",0},"
	    "(char*[]){0},0x1000);printf(\"%d\\n\",errno);fflush(stdout);"
	    "return system(\"echo pwned\")==0;}", SBX_OK, 0, "1 9\n",
	    SBX_POLICY_RUN },
	{ "ptrace is SYSCALL", INC "int main(void){ptrace(PTRACE_TRACEME,0,0,"
	    "0);puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "",
	    SBX_POLICY_RUN },
	{ "mount is SYSCALL", INC "int main(void){mount(\"none\",\"/tmp\","
	    "\"tmpfs\",0,0);puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "",
	    SBX_POLICY_RUN },
	{ "unshare is SYSCALL", INC "int main(void){unshare(CLONE_NEWUSER);"
	    "puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "", SBX_POLICY_RUN },
	{ "clone with CLONE_NEWUSER is SYSCALL", INC "int main(void){syscall("
	    "SYS_clone,CLONE_NEWUSER|SIGCHLD,0,0,0,0);puts(\"alive\");return 0;"
	    "}", SBX_SYSCALL, 0, "", SBX_POLICY_RUN },
	{ "keyctl is SYSCALL", INC "int main(void){syscall(SYS_keyctl,0,0,0,0,"
	    "0);puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "",
	    SBX_POLICY_RUN },
	{ "perf_event_open is SYSCALL", INC "int main(void){syscall("
	    "SYS_perf_event_open,0,0,-1,-1,0);puts(\"alive\");return 0;}",
	    SBX_SYSCALL, 0, "", SBX_POLICY_RUN },
	{ "TIOCSTI is SYSCALL", INC "int main(void){char c='x';ioctl(0,"
	    "TIOCSTI,&c);puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "",
	    SBX_POLICY_RUN },
	{ "int 0x80 is killed", INC "int main(void){long r;__asm__ volatile("
	    "\"int $0x80\":\"=a\"(r):\"a\"(20L));printf(\"%ld\\n\",r);"
	    "return 0;}",
	    SBX_SYSCALL, SBX_RE, "", SBX_POLICY_RUN },
	{ "x32 system call is killed", INC "int main(void){syscall(0x40000000"
	    "|SYS_getpid);puts(\"alive\");return 0;}", SBX_SYSCALL, 0, "",
	    SBX_POLICY_RUN },
	{ "clone3 and io_uring answer ENOSYS", INC "int main(void){long a="
	    "syscall(SYS_clone3,0,0);int e=errno;long b=syscall("
	    "SYS_io_uring_setup,1,0);printf(\"%ld %d %ld %d\\n\",a,e,b,errno);"
	    "return 0;}", SBX_OK, 0, "-1 38 -1 38\n", SBX_POLICY_RUN },
	{ "the box uid is not root", INC "int main(void){printf(\"%d %d\\n\","
	    "getuid()!=0&&getuid()==geteuid(),getgid()!=0);return 0;}", SBX_OK,
	    0, "1 1\n", SBX_POLICY_RUN },
	{ "only lo in the network namespace", INC "int main(void){char l[512]"
	    ";FILE*f=fopen(\"/proc/self/net/dev\",\"r\");if(!f)return 2;"
	    "while(fgets(l,sizeof l,f))if(strchr(l,':'))printf(\"%s\\n\","
	    "strtok(l,\": \"));return 0;}", SBX_OK, 0, "lo\n", SBX_POLICY_RUN },
	{ "no descriptors leak into the box", INC "int main(void){int n=0;for"
	    "(int i=3;i<1024;i++)if(fcntl(i,F_GETFD)!=-1)n++;printf(\"%d\\n\",n"
	    ");return 0;}", SBX_OK, 0, "0\n", SBX_POLICY_RUN },
	{ "box init is invisible, pid is 2", INC "int main(void){printf(\"%d "
	    "%d\\n\",(int)getpid(),access(\"/proc/1\",F_OK)==0);return 0;}",
	    SBX_OK, 0, "2 0\n", SBX_POLICY_RUN },
	{ "kill(-1) only reaches the box", INC "int main(void){int st;pid_t "
	    "c=fork();if(c==0){pause();_exit(0);}int k=kill(-1,SIGKILL);"
	    "waitpid(c,&st,0);printf(\"%d %d\\n\",k,WTERMSIG(st));return 0;}",
	    SBX_OK, 0, "0 9\n", SBX_POLICY_RUN },
	{ "setuid is refused", INC "int main(void){int r=setuid(0);printf("
	    "\"%d %d\\n\",r,errno);return 0;}", SBX_OK, 0, "-1 1\n",
	    SBX_POLICY_RUN },
	{ "stdin round trip", INC "int main(void){char b[4096];ssize_t n;"
	    "while((n=read(0,b,sizeof b))>0)write(1,b,n);return 0;}", SBX_OK,
	    0, "3 4\nline two\n", SBX_POLICY_RUN, .in = "3 4\nline two\n" },
	{ "busy 300 ms is OK and measured", INC "#include <time.h>\nint main"
	    "(void){struct timespec a,b;clock_gettime(CLOCK_PROCESS_CPUTIME_ID,"
	    "&a);do clock_gettime(CLOCK_PROCESS_CPUTIME_ID,&b);while((b.tv_sec"
	    "-a.tv_sec)*1000+(b.tv_nsec-a.tv_nsec)/1000000<300);return 0;}",
	    SBX_OK, 0, "", SBX_POLICY_RUN, .cpu_ms = 2000 },
};
#pragma GCC diagnostic pop

/* Shared helpers ---------------------------------------------------------- */

static void
job_defaults(struct sbx_job *j, const char *const *argv, enum sbx_policy pol)
{
	memset(j, 0, sizeof(*j));
	j->argv = argv;
	j->stdin_fd = -1;
	j->result_fd = -1;
	j->policy = pol;
	j->lim.cpu_ms = 2000;
	j->lim.memory_kb = 256 * 1024;
	j->lim.output_bytes = 4 * MIB;
	j->lim.stderr_bytes = 64 * 1024;
	j->lim.fsize_bytes = 64 * MIB;
	j->lim.pids = 32;
}

/* compile_c: gcc in the box; returns the binary (malloc'd) or NULL. */
static char *
compile_c(const char *src, size_t *len, struct sbx_result *r)
{
	static const char *const argv[] = { "/usr/bin/gcc", "-O1", "-o",
	    "prog", "main.c", "-lpthread", NULL };
	static const char *const collect[] = { "prog", NULL };
	struct sbx_file	 f = { "main.c", src, strlen(src), 0 };
	struct sbx_job	 j;
	char		*bin = NULL;

	job_defaults(&j, argv, SBX_POLICY_COMPILE);
	j.files = &f;
	j.nfiles = 1;
	j.collect = collect;
	j.lim.cpu_ms = 10000;
	j.lim.memory_kb = 1024 * 1024;
	j.lim.pids = 64;
	if (sbx_run(&j, r) == 0 && r->status == SBX_OK && r->nfiles == 1 &&
	    r->files[0].data != NULL) {
		bin = r->files[0].data;
		*len = r->files[0].len;
		r->files[0].data = NULL;
	}
	return bin;
}

/* run_bin: run a binary as /box/prog with the limits of c. */
static int
run_bin(const char *bin, size_t len, const struct tcase *c,
    struct sbx_result *r)
{
	static const char *const argv[] = { "/box/prog", NULL };
	struct sbx_file	 f = { "prog", bin, len, 1 };
	struct sbx_job	 j;

	job_defaults(&j, argv, c->policy);
	j.files = &f;
	j.nfiles = 1;
	if (c->cpu_ms)
		j.lim.cpu_ms = c->cpu_ms;
	if (c->wall_ms)
		j.lim.wall_ms = c->wall_ms;
	if (c->memory_kb)
		j.lim.memory_kb = c->memory_kb;
	if (c->output_bytes)
		j.lim.output_bytes = c->output_bytes;
	if (c->fsize)
		j.lim.fsize_bytes = c->fsize;
	if (c->pids)
		j.lim.pids = c->pids;
	if (c->in != NULL) {
		j.stdin_data = c->in;
		j.stdin_len = strlen(c->in);
	}
	return sbx_run(&j, r);
}

static void
diag(const struct sbx_result *r)
{
	printf("#   status %s exit %d signal %d cpu %llu ms wall %llu ms "
	    "mem %llu kB\n#   ie: %s\n#   out: %.200s\n#   err: %.300s\n",
	    sbx_status_names[r->status], r->exit_code, r->signal,
	    (unsigned long long)r->cpu_ms, (unsigned long long)r->wall_ms,
	    (unsigned long long)r->memory_kb, r->ie_reason,
	    r->out ? r->out : "", r->err ? r->err : "");
}

/* Table cases ------------------------------------------------------------- */

static void
test_case(const struct tcase *c)
{
	struct sbx_result	 r;
	char			*bin;
	size_t			 len = 0;
	int			 ok;

	bin = compile_c(c->src, &len, &r);
	if (bin == NULL) {
		T_OK(0, "%s (compile)", c->name);
		diag(&r);
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	if (run_bin(bin, len, c, &r) == -1) {
		T_OK(0, "%s (sbx_run refused the job)", c->name);
		free(bin);
		return;
	}
	ok = r.status == c->want || (c->alt != SBX_OK && r.status == c->alt);
	if (ok && c->out != NULL)
		ok = r.out != NULL && strcmp(r.out, c->out) == 0;
	T_OK(ok, "%s", c->name);
	if (!ok)
		diag(&r);
	/* Limits are reported, not only enforced. */
	if (c->want == SBX_TLE && r.status == SBX_TLE)
		T_OK(r.cpu_ms >= c->cpu_ms && r.cpu_ms < c->cpu_ms + 200,
		    "%s: cpu %llu ms reported", c->name,
		    (unsigned long long)r.cpu_ms);
	if (c->cpu_ms == 2000 && c->want == SBX_OK && r.status == SBX_OK)
		T_OK(r.cpu_ms >= 290 && r.cpu_ms < 600 && r.wall_ms >= 290,
		    "%s: cpu %llu wall %llu ms", c->name,
		    (unsigned long long)r.cpu_ms,
		    (unsigned long long)r.wall_ms);
	if (c->output_bytes && r.status == SBX_OLE)
		T_OK(r.out_len == c->output_bytes, "%s: %zu bytes kept",
		    c->name, r.out_len);
	sbx_result_free(&r);
	free(bin);
}

/* Special cases ----------------------------------------------------------- */

/* hello world end to end: compile (collect), run, and the memory figure. */
static void
test_memory_reported(void)
{
	static const struct tcase c = { .name = "32 MiB touched is reported",
	    .src = INC "int main(void){size_t n=32UL<<20;char*volatile p="
	    "malloc(n);memset(p,1,n);printf(\"%d\\n\",p[n-1]);return 0;}",
	    .want = SBX_OK, .out = "1\n", .policy = SBX_POLICY_RUN,
	    .memory_kb = 128 * 1024 };
	struct sbx_result	 r;
	char			*bin;
	size_t			 len;

	if ((bin = compile_c(c.src, &len, &r)) == NULL) {
		T_OK(0, "%s (compile)", c.name);
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	run_bin(bin, len, &c, &r);
	T_OK(r.status == SBX_OK && r.memory_kb >= 32 * 1024 &&
	    r.memory_kb < 100 * 1024, "%s (%llu kB)", c.name,
	    (unsigned long long)r.memory_kb);
	sbx_result_free(&r);
	free(bin);
}

/* A big stdin and a big stdout at once: the judge must not deadlock. */
static void
test_stdin_big(void)
{
	static const struct tcase c = { .name = "4 MiB stdin echoed back",
	    .src = INC "int main(void){static char b[65536];ssize_t n;while("
	    "(n=read(0,b,sizeof b))>0)if(write(1,b,n)!=n)return 1;return 0;}",
	    .want = SBX_OK, .policy = SBX_POLICY_RUN,
	    .output_bytes = 8 * MIB };
	struct tcase	 cc = c;
	struct sbx_result r;
	char		*bin, *in;
	size_t		 len, n = 4 * MIB, i;

	in = malloc(n + 1);
	for (i = 0; i < n; i++)
		in[i] = (char)('a' + i % 26);
	in[n] = '\0';
	cc.in = in;
	if ((bin = compile_c(c.src, &len, &r)) == NULL) {
		T_OK(0, "%s (compile)", c.name);
		sbx_result_free(&r);
		free(in);
		return;
	}
	sbx_result_free(&r);
	run_bin(bin, len, &cc, &r);
	T_OK(r.status == SBX_OK && r.out_len == n &&
	    memcmp(r.out, in, n) == 0, "%s", c.name);
	if (r.status != SBX_OK)
		diag(&r);
	sbx_result_free(&r);
	free(bin);
	free(in);
}

/* stdin from a descriptor the judge opened. */
static void
test_stdin_fd(void)
{
	static const char *const argv[] = { "/usr/bin/cat", NULL };
	char			 path[] = "/tmp/verdict-sbxin.XXXXXX";
	struct sbx_job		 j;
	struct sbx_result	 r;
	int			 fd;

	if ((fd = mkstemp(path)) == -1 ||
	    write(fd, "from a file\n", 12) != 12 ||
	    lseek(fd, 0, SEEK_SET) != 0) {
		T_OK(0, "stdin from the judge's fd (set-up)");
		return;
	}
	unlink(path);
	job_defaults(&j, argv, SBX_POLICY_RUN);
	j.stdin_fd = fd;
	sbx_run(&j, &r);
	T_STREQ(r.out, "from a file\n", "stdin from the judge's fd");
	sbx_result_free(&r);
	close(fd);
}

static void
test_result_fd(void)
{
	static const struct tcase c = { .name = "result_fd", .src = INC
	    "int main(void){puts(\"out\");dprintf(3,\"result %d\\n\",42);"
	    "return 0;}", .want = SBX_OK, .policy = SBX_POLICY_RUN };
	static const char *const argv[] = { "/box/prog", NULL };
	struct sbx_result	 r;
	struct sbx_file		 f;
	struct sbx_job		 j;
	char			*bin;
	size_t			 len;

	if ((bin = compile_c(c.src, &len, &r)) == NULL) {
		T_OK(0, "%s (compile)", c.name);
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	f = (struct sbx_file){ "prog", bin, len, 1 };
	job_defaults(&j, argv, SBX_POLICY_RUN);
	j.files = &f;
	j.nfiles = 1;
	j.result_fd = 3;
	sbx_run(&j, &r);
	T_OK(r.status == SBX_OK && r.res_out != NULL &&
	    strcmp(r.res_out, "result 42\n") == 0 &&
	    strcmp(r.out, "out\n") == 0, "result_fd round trip");
	sbx_result_free(&r);
	/* More than result_max is OLE. */
	j.result_max = 4;
	sbx_run(&j, &r);
	T_OK(r.status == SBX_OLE && r.res_len == 4, "result_fd over "
	    "result_max is OLE");
	sbx_result_free(&r);
	free(bin);
}

/* collect: a planted symlink, a directory, a too-big file, a hard link
 * and a missing name are refused; a regular file comes back. */
static void
test_collect(void)
{
	static const char src[] = INC "int main(void){int f=open(\"ok\","
	    "O_WRONLY|O_CREAT,0644);write(f,\"fine\",4);close(f);"
	    "symlink(\"/etc/passwd\",\"link\");symlink(\"/proc/1/root/etc\","
	    "\"magic\");mkdir(\"dir\",0755);f=open(\"big\",O_WRONLY|O_CREAT,"
	    "0644);static char b[4096];write(f,b,sizeof b);close(f);return 0;}";
	static const char *const argv[] = { "/box/prog", NULL };
	static const char *const collect[] = { "ok", "link", "magic", "dir",
	    "big", "missing", "prog", NULL };
	static const int want[] = { 0, ELOOP, ELOOP, EINVAL, EFBIG, ENOENT,
	    EXDEV };
	struct sbx_result	 r;
	struct sbx_file		 f;
	struct sbx_job		 j;
	char			*bin;
	size_t			 len, i;
	int			 ok;

	if ((bin = compile_c(src, &len, &r)) == NULL) {
		T_OK(0, "collect (compile)");
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	f = (struct sbx_file){ "prog", bin, len, 1 };
	/* COMPILE: the policy that may plant links (build tools). */
	job_defaults(&j, argv, SBX_POLICY_COMPILE);
	j.files = &f;
	j.nfiles = 1;
	j.collect = collect;
	j.collect_max = 1000;
	sbx_run(&j, &r);
	ok = r.status == SBX_OK && r.nfiles == 7;
	for (i = 0; ok && i < 7; i++) {
		ok = r.files[i].error == want[i] &&
		    (r.files[i].data != NULL) == (want[i] == 0);
		if (!ok)
			printf("#   %s: error %d, want %d\n", collect[i],
			    r.files[i].error, want[i]);
	}
	T_OK(ok && strcmp(r.files[0].data, "fine") == 0 &&
	    r.files[0].len == 4, "collect keeps regular files only, capped");
	if (!ok)
		diag(&r);
	sbx_result_free(&r);
	free(bin);
}

/* files[] visible, a read-only bind visible and read-only. */
static void
test_files_and_binds(void)
{
	static const char src[] = INC "static void c(const char*p){char b[64]"
	    "={0};int f=open(p,O_RDONLY);if(f<0){printf(\"%s:%d \",p,errno);"
	    "return;}read(f,b,63);printf(\"%s \",b);close(f);}int main(void){"
	    "c(\"/box/data.txt\");c(\"/data/in.txt\");c(\"/etc/extra.txt\");"
	    "int f=open(\"/data/new\",O_WRONLY|O_CREAT,0644);printf(\"%d %d "
	    "\",f,errno);f=open(\"/data/in.txt\",O_WRONLY);printf(\"%d %d\\n\","
	    "f,errno);return 0;}";
	static const char *const argv[] = { "/box/prog", NULL };
	char			 dir[] = "/tmp/verdict-sbxbind.XXXXXX", p[128];
	char			 fpath[128];
	struct sbx_result	 r;
	struct sbx_file		 f[2];
	struct sbx_bind		 b[2];
	struct sbx_job		 j;
	char			*bin;
	size_t			 len;
	FILE			*fp;

	if (mkdtemp(dir) == NULL) {
		T_OK(0, "binds (mkdtemp)");
		return;
	}
	snprintf(p, sizeof(p), "%s/in.txt", dir);
	snprintf(fpath, sizeof(fpath), "%s.file", dir);
	/* World-writable on the host: only the read-only mount stops the
	 * box (EROFS rather than EACCES). */
	if ((fp = fopen(p, "w")) != NULL) {
		fputs("bound", fp);
		fclose(fp);
	}
	chmod(dir, 0777);
	chmod(p, 0666);
	if ((fp = fopen(fpath, "w")) != NULL) {
		fputs("single", fp);
		fclose(fp);
	}
	if ((bin = compile_c(src, &len, &r)) == NULL) {
		T_OK(0, "binds (compile)");
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	f[0] = (struct sbx_file){ "prog", bin, len, 1 };
	f[1] = (struct sbx_file){ "data.txt", "given", 5, 0 };
	b[0] = (struct sbx_bind){ dir, "/data" };
	b[1] = (struct sbx_bind){ fpath, "/etc/extra.txt" };
	job_defaults(&j, argv, SBX_POLICY_RUN);
	j.files = f;
	j.nfiles = 2;
	j.binds = b;
	j.nbinds = 2;
	sbx_run(&j, &r);
	T_STREQ(r.out, "given bound single -1 30 -1 30\n",
	    "files[] and read-only binds visible, binds read-only");
	sbx_result_free(&r);
	snprintf(p, sizeof(p), "%s/new", dir);
	T_OK(access(p, F_OK) == -1, "nothing written through the bind");
	snprintf(p, sizeof(p), "%s/in.txt", dir);
	unlink(p);
	unlink(fpath);
	rmdir(dir);
	free(bin);
}

/* Nothing written in one run is visible in the next (/tmp, /dev/shm). */
static void
test_fresh(void)
{
	static const char src[] = INC "int main(int c,char**v){const char*"
	    "p[]={\"/tmp/m\",\"/dev/shm/m\",\"/box/m\"};int seen=0;for(int i=0;"
	    "i<3;i++){if(access(p[i],F_OK)==0)seen++;close(open(p[i],O_WRONLY|"
	    "O_CREAT,0644));}printf(\"%d\\n\",seen);return 0;}";
	static const struct tcase c = { .name = "fresh", .src = src,
	    .want = SBX_OK, .out = "0\n", .policy = SBX_POLICY_RUN };
	struct sbx_result	 r;
	char			*bin;
	size_t			 len;
	int			 i, ok = 1;

	if ((bin = compile_c(src, &len, &r)) == NULL) {
		T_OK(0, "fresh (compile)");
		sbx_result_free(&r);
		return;
	}
	sbx_result_free(&r);
	for (i = 0; i < 2; i++) {
		run_bin(bin, len, &c, &r);
		if (r.status != SBX_OK || strcmp(r.out, "0\n") != 0)
			ok = 0;
		sbx_result_free(&r);
	}
	T_OK(ok, "markers in /tmp, /dev/shm, /box do not survive a run");
	free(bin);
}

/* Compile-time reads of host files (#include, .incbin) find nothing. */
static void
test_compile_host_files(void)
{
	struct sbx_result	 r;
	char			*bin;
	size_t			 len;

	bin = compile_c("#include \"/etc/shadow\"\nint main(void){return 0;}",
	    &len, &r);
	T_OK(bin == NULL && r.status == SBX_RE &&
	    strstr(r.err, "No such file") != NULL,
	    "#include \"/etc/shadow\" does not compile");
	sbx_result_free(&r);
	free(bin);
	bin = compile_c("__asm__(\".incbin \\\"/root/.bashrc\\\"\");\nint main"
	    "(void){return 0;}", &len, &r);
	T_OK(bin == NULL && r.status == SBX_RE, ".incbin of a host file "
	    "does not compile");
	sbx_result_free(&r);
	free(bin);
}

static void
test_ie(void)
{
	static const char *const argv[] = { "/usr/bin/no-such-program", NULL };
	static const char *const rel[] = { "prog", NULL };
	struct sbx_job		 j;
	struct sbx_result	 r;
	int			 rc;

	/* T_OK evaluates its condition twice: call sbx_run outside it. */
	job_defaults(&j, argv, SBX_POLICY_RUN);
	rc = sbx_run(&j, &r);
	T_OK(rc == 0 && r.status == SBX_IE &&
	    strstr(r.ie_reason, "no-such-program") != NULL,
	    "a missing program is IE, with the reason");
	sbx_result_free(&r);
	job_defaults(&j, rel, SBX_POLICY_RUN);
	rc = sbx_run(&j, &r);
	T_OK(rc == -1 && r.status == SBX_IE, "a relative argv[0] is refused");
	sbx_result_free(&r);
}

/* run_source: one source file as files[0], "3 4" on stdin, check stdout. */
static void
run_source(const char *what, const char *const *argv, enum sbx_policy pol,
    const char *name, const char *src, const char *want)
{
	struct sbx_file		 f = { name, src, strlen(src), 0 };
	struct sbx_job		 j;
	struct sbx_result	 r;

	job_defaults(&j, argv, pol);
	j.files = &f;
	j.nfiles = 1;
	j.stdin_data = "3 4\n";
	j.stdin_len = 4;
	j.lim.memory_kb = 512 * 1024;
	sbx_run(&j, &r);
	T_STREQ(r.out, want, "%s", what);
	if (r.status != SBX_OK)
		diag(&r);
	sbx_result_free(&r);
}

/* Interpreters under their own policies. */
static void
test_interpreters(void)
{
	static const char py[] = "import sys\nprint('hello from python', "
	    "sum(map(int, sys.stdin.read().split())))\n";
	static const char js[] = "const d = require('fs').readFileSync(0, "
	    "'utf8').split(/\\s+/).filter(Boolean).map(Number);\n"
	    "console.log('hello from node', d.reduce((a, b) => a + b, 0));\n";
	static const char *const pyargv[] = { "/usr/bin/python3", "-I", "-S",
	    "main.py", NULL };
	static const char *const jsargv[] = { "/usr/bin/node",
	    "--max-old-space-size=200", "main.js", NULL };

	run_source("python3 -I -S under RUN", pyargv, SBX_POLICY_RUN,
	    "main.py", py, "hello from python 7\n");
	run_source("node under RUN_NODE", jsargv, SBX_POLICY_RUN_NODE,
	    "main.js", js, "hello from node 7\n");
}

/* javac under COMPILE (class collected), java under RUN_JVM; NIO file
 * channels need the AF_UNIX socketpair the JDK opens. */
static void
test_java(void)
{
	static const char java[] = "import java.io.*;\nimport java.nio.file"
	    ".*;\npublic class Main { public static void main(String[] a) "
	    "throws Exception { BufferedReader r = new BufferedReader(new "
	    "InputStreamReader(System.in)); String[] w = r.readLine().split("
	    "\" \"); Files.writeString(Path.of(\"/tmp/x\"), \"nio\"); "
	    "System.out.println(\"hello from java \" + (Integer.parseInt(w[0])"
	    " + Integer.parseInt(w[1])) + \" \" + Files.readString(Path.of("
	    "\"/tmp/x\"))); } }\n";
	static const char *const javac[] = { JDK "/bin/javac",
	    "-J-XX:-UsePerfData", "-J-Xmx256m", "-d", "/box", "Main.java",
	    NULL };
	static const char *const javaargv[] = { JDK "/bin/java",
	    "-XX:-UsePerfData", "-Xmx200m", "-XX:+UseSerialGC",
	    "-XX:TieredStopAtLevel=1", "-cp", "/box", "Main", NULL };
	static const char *const collect[] = { "Main.class", NULL };
	/* Debian's lib/jvm.cfg is a symlink into /etc/java-17-openjdk. */
	static const struct sbx_bind jbind = { "/etc/java-17-openjdk",
	    "/etc/java-17-openjdk" };
	struct sbx_file		 f = { "Main.java", java, strlen(java), 0 };
	struct sbx_job		 j;
	struct sbx_result	 r;
	char			*cls;
	size_t			 clslen;

	job_defaults(&j, javac, SBX_POLICY_COMPILE);
	j.files = &f;
	j.nfiles = 1;
	j.collect = collect;
	j.binds = &jbind;
	j.nbinds = 1;
	j.lim.cpu_ms = 20000;
	j.lim.wall_ms = 40000;
	j.lim.memory_kb = 1024 * 1024;
	j.lim.pids = 64;
	sbx_run(&j, &r);
	cls = r.nfiles == 1 ? r.files[0].data : NULL;
	clslen = cls != NULL ? r.files[0].len : 0;
	T_OK(r.status == SBX_OK && cls != NULL, "javac under COMPILE");
	if (cls == NULL)
		diag(&r);
	else
		r.files[0].data = NULL;
	sbx_result_free(&r);
	f = (struct sbx_file){ "Main.class", cls ? cls : "", clslen, 0 };
	job_defaults(&j, javaargv, SBX_POLICY_RUN_JVM);
	j.files = &f;
	j.nfiles = 1;
	j.binds = &jbind;
	j.nbinds = 1;
	j.stdin_data = "3 4\n";
	j.stdin_len = 4;
	j.lim.cpu_ms = 5000;
	j.lim.memory_kb = 512 * 1024;
	j.lim.pids = 64;
	sbx_run(&j, &r);
	T_STREQ(r.out, "hello from java 7 nio\n", "java under RUN_JVM");
	if (r.status != SBX_OK)
		diag(&r);
	sbx_result_free(&r);
	free(cls);
}

/* A rough count of mounts: the box must not leave any on the host. */
static int
mount_count(void)
{
	char	 l[1024];
	int	 n = 0;
	FILE	*f;

	if ((f = fopen("/proc/self/mountinfo", "r")) == NULL)
		return -1;
	while (fgets(l, sizeof(l), f) != NULL)
		n++;
	fclose(f);
	return n;
}

int
main(void)
{
	const char	*s = getenv("VERDICT_TEST_SLOT");
	struct sbx_result r;
	char		*bin;
	size_t		 i, len;
	int		 mounts, rc;

	/* Line-buffered: a crash keeps the lines printed so far. */
	setvbuf(stdout, NULL, _IOLBF, 0);
	log_init("test_sandbox", 0);
	if (geteuid() != 0) {
		T_OK(0, "sandbox tests need root (not skipped: failed)");
		T_DONE();
	}
	/* A taken slot fails sbx_init (logged); try the next one. */
	slot = s != NULL ? (unsigned)strtoul(s, NULL, 10) : 9;
	for (rc = sbx_init(slot); rc == -1 && s == NULL && slot < 131;
	    rc = sbx_init(slot))
		slot = slot < 100 ? 100 : slot + 1;
	if (rc == -1) {
		T_OK(0, "sbx_init(%u)", slot);
		T_DONE();
	}
	rc = sbx_init(slot);
	T_OK(rc == -1, "sbx_init twice is refused");
	mounts = mount_count();
	bin = compile_c(INC "int main(void){puts(\"hi\");return 0;}", &len,
	    &r);
	T_OK(bin != NULL && r.memory_kb > 0 && r.cpu_ms > 0,
	    "gcc compiles in the box, binary collected");
	sbx_result_free(&r);
	free(bin);
	for (i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		test_case(&cases[i]);
	test_memory_reported();
	test_stdin_big();
	test_stdin_fd();
	test_result_fd();
	test_collect();
	test_files_and_binds();
	test_fresh();
	test_compile_host_files();
	test_ie();
	test_interpreters();
	test_java();
	T_INTEQ(mount_count(), mounts, "no mount leaked to the host");
	sbx_fini();
	T_DONE();
}
