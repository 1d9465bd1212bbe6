/* sig_code.c: code stubs and drivers for function problems, per language. */

/*
 * Design.  A driver is a fixed runtime per language (judge/harness/,
 * embedded by scripts/embed-harness) plus what depends on the signature:
 *
 *   c, cpp      typed glue: one read call per parameter, the call, one
 *               write call, preceded by the exact prototype (C) or a
 *               static_assert on the return type (C++), so a mismatched
 *               solution is a compile error that names what was expected.
 *               User code is spliced in after "#line 1 solution.c[pp]".
 *   python3, javascript, java
 *               a generic runtime driven by the signature written as data
 *               (VD_SIG); the user's names and types are checked once
 *               before the first test and reported on the result channel
 *               as "ce".  User code stays in its own file with its own
 *               line numbers.
 *
 * Everything generated here comes from a validated struct sig: names are
 * identifiers and types come from a closed set, so nothing needs quoting.
 */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "buf.h"
#include "xmalloc.h"
#include "sig.h"

#define GEN_CAP		((size_t)64 << 20)

enum lang {
	L_C,
	L_CPP,
	L_PY,
	L_JAVA,
	L_JS,
	L__MAX
};
static const char *const lang_ids[L__MAX] = {
	"c", "cpp", "python3", "java", "javascript",
};

/* A buf that remembers whether any append failed. */
struct gen {
	struct buf	 b;
	int		 bad;
};

static void
g_init(struct gen *g)
{
	buf_init(&g->b, GEN_CAP);
	g->bad = 0;
}

static void
gp(struct gen *g, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static void
gp(struct gen *g, const char *fmt, ...)
{
	va_list	 ap;

	va_start(ap, fmt);
	if (buf_vprintf(&g->b, fmt, ap) == -1)
		g->bad = 1;
	va_end(ap);
}

static void
gadd(struct gen *g, const char *s, size_t n)
{
	if (buf_add(&g->b, s, n) == -1)
		g->bad = 1;
}

/* The finished text (caller frees), or NULL when it grew past the cap. */
static char *
g_done(struct gen *g, size_t *lenp)
{
	if (g->bad) {
		buf_free(&g->b);
		return NULL;
	}
	if (g->b.len == 0)
		gadd(g, "", 0);
	if (lenp != NULL)
		*lenp = g->b.len;
	return buf_detach(&g->b, NULL);
}

static int
lang_find(const char *id)
{
	int	 l;

	for (l = 0; l < L__MAX; l++)
		if (id != NULL && strcmp(id, lang_ids[l]) == 0)
			return l;
	return -1;
}

const char *
sig_harness_get(const char *name, size_t *lenp)
{
	const struct sig_harness	*h;

	for (h = sig_harness_files; h->name != NULL; h++)
		if (strcmp(h->name, name) == 0) {
			if (lenp != NULL)
				*lenp = h->len;
			return h->data;
		}
	return NULL;
}

static void
g_harness(struct gen *g, const char *name)
{
	const char	*s;
	size_t		 n;

	if ((s = sig_harness_get(name, &n)) == NULL) {
		g->bad = 1;
		return;
	}
	gadd(g, s, n);
}

/* ---- type names per language ---- */

static const char *const c_base[SIG_T__MAX] = {
	"int", "long long", "double", "bool", "char*", "char",
	"struct ListNode*", "struct TreeNode*", "void",
};
static const char *const cpp_base[SIG_T__MAX] = {
	"int", "long long", "double", "bool", "string", "char", "ListNode*",
	"TreeNode*", "void",
};
static const char *const py_base[SIG_T__MAX] = {
	"int", "int", "float", "bool", "str", "str", "Optional[ListNode]",
	"Optional[TreeNode]", "None",
};
static const char *const java_base[SIG_T__MAX] = {
	"int", "long", "double", "boolean", "String", "char", "ListNode",
	"TreeNode", "void",
};
static const char *const js_base[SIG_T__MAX] = {
	"number", "number", "number", "boolean", "string", "character",
	"ListNode", "TreeNode", "void",
};
/* The runtime's reader/writer name part (driver.c). */
static const char *const c_fn[SIG_T__MAX] = {
	"int", "long", "double", "bool", "string", "char", "list", "tree",
	"void",
};

static void
g_cpp_type(struct gen *g, struct sig_type t)
{
	if (t.dim == 0)
		gp(g, "%s", cpp_base[t.base]);
	else if (t.dim == 1)
		gp(g, "vector<%s>", cpp_base[t.base]);
	else
		gp(g, "vector<vector<%s>>", cpp_base[t.base]);
}

static void
g_py_type(struct gen *g, struct sig_type t)
{
	int	 i;

	for (i = 0; i < t.dim; i++)
		gp(g, "List[");
	gp(g, "%s", py_base[t.base]);
	for (i = 0; i < t.dim; i++)
		gp(g, "]");
}

/*
 * Java: arrays, except that string lists are returned as List<String> and
 * string[][] is List<List<String>> both ways (LeetCode's usage; the driver
 * accepts arrays or Lists for any T[] anyway).
 */
static void
g_java_type(struct gen *g, struct sig_type t, int result)
{
	if (t.base == SIG_T_STRING && t.dim == 2)
		gp(g, "List<List<String>>");
	else if (t.base == SIG_T_STRING && t.dim == 1 && result)
		gp(g, "List<String>");
	else
		gp(g, "%s%s", java_base[t.base], t.dim == 0 ? "" :
		    t.dim == 1 ? "[]" : "[][]");
}

static void
g_js_type(struct gen *g, struct sig_type t)
{
	gp(g, "%s%s", js_base[t.base], t.dim == 0 ? "" : t.dim == 1 ? "[]" :
	    "[][]");
}

/* ---- prototypes ---- */

/* The C function name: f, or for design lRUCacheGet / lRUCacheCreate. */
static void
g_c_name(struct gen *g, const struct sig *sig, const char *method)
{
	if (sig->kind == SIG_FUNCTION) {
		gp(g, "%s", method);
		return;
	}
	gp(g, "%c%s%c%s", sig->cls[0] >= 'A' && sig->cls[0] <= 'Z' ?
	    sig->cls[0] - 'A' + 'a' : sig->cls[0], sig->cls + 1,
	    method[0] >= 'a' && method[0] <= 'z' ? method[0] - 'a' + 'A' :
	    method[0], method + 1);
}

static void
g_c_params(struct gen *g, const struct sig *sig, const struct sig_method *m,
    int self)
{
	const struct sig_param	*p;
	size_t			 i;
	int			 first = 1;

	if (self) {
		gp(g, "%s* obj", sig->cls);
		first = 0;
	}
	for (i = 0; i < m->nparams; i++) {
		p = &m->params[i];
		gp(g, "%s", first ? "" : ", ");
		first = 0;
		if (p->type.dim == 0)
			gp(g, "%s %s", c_base[p->type.base], p->name);
		else if (p->type.dim == 1)
			gp(g, "%s* %s, int %sSize", c_base[p->type.base],
			    p->name, p->name);
		else
			gp(g, "%s** %s, int %sSize, int* %sColSize",
			    c_base[p->type.base], p->name, p->name, p->name);
	}
	if (m->ret.dim >= 1)
		gp(g, "%sint* returnSize", first ? "" : ", ");
	if (m->ret.dim == 2)
		gp(g, ", int** returnColumnSizes");
	if (first && m->ret.dim == 0)
		gp(g, "void");
}

/* "int* twoSum(int* nums, int numsSize, ...)" */
static void
g_c_proto(struct gen *g, const struct sig *sig, const struct sig_method *m,
    int self)
{
	gp(g, "%s%s ", c_base[m->ret.base], m->ret.dim == 0 ? "" :
	    m->ret.dim == 1 ? "*" : "**");
	g_c_name(g, sig, m->name);
	gp(g, "(");
	g_c_params(g, sig, m, self);
	gp(g, ")");
}

static void
g_cpp_params(struct gen *g, const struct sig_method *m)
{
	size_t	 i;

	for (i = 0; i < m->nparams; i++) {
		gp(g, "%s", i ? ", " : "");
		g_cpp_type(g, m->params[i].type);
		gp(g, "%s %s", m->params[i].type.dim > 0 ? "&" : "",
		    m->params[i].name);
	}
}

static void
g_py_proto(struct gen *g, const struct sig_method *m, int ctor)
{
	size_t	 i;

	gp(g, "%s(self", ctor ? "__init__" : m->name);
	for (i = 0; i < m->nparams; i++) {
		gp(g, ", %s: ", m->params[i].name);
		g_py_type(g, m->params[i].type);
	}
	gp(g, ")");
	if (!ctor) {
		gp(g, " -> ");
		g_py_type(g, m->ret);
	}
}

static void
g_java_proto(struct gen *g, const struct sig_method *m, int ctor)
{
	size_t	 i;

	if (!ctor) {
		g_java_type(g, m->ret, 1);
		gp(g, " ");
	}
	gp(g, "%s(", m->name);
	for (i = 0; i < m->nparams; i++) {
		gp(g, "%s", i ? ", " : "");
		g_java_type(g, m->params[i].type, 0);
		gp(g, " %s", m->params[i].name);
	}
	gp(g, ")");
}

static void
g_js_params(struct gen *g, const struct sig_method *m)
{
	size_t	 i;

	for (i = 0; i < m->nparams; i++)
		gp(g, "%s%s", i ? ", " : "", m->params[i].name);
}

/* ---- stubs ---- */

static int
sig_uses(const struct sig *sig, enum sig_base b)
{
	const struct sig_method	*m;
	size_t			 i, k, n;

	n = sig->kind == SIG_FUNCTION ? 1 : sig->nmethods + 1;
	for (k = 0; k < n; k++) {
		m = sig->kind == SIG_FUNCTION ? &sig->fn : k == 0 ?
		    &sig->ctor : &sig->methods[k - 1];
		if (m->ret.base == b)
			return 1;
		for (i = 0; i < m->nparams; i++)
			if (m->params[i].type.base == b)
				return 1;
	}
	return 0;
}

static const char *const node_doc[L__MAX][2] = {
	[L_C] = {
	    "/**\n * Definition for singly-linked list.\n"
	    " * struct ListNode {\n *     int val;\n"
	    " *     struct ListNode *next;\n * };\n */\n",
	    "/**\n * Definition for a binary tree node.\n"
	    " * struct TreeNode {\n *     int val;\n"
	    " *     struct TreeNode *left;\n *     struct TreeNode *right;\n"
	    " * };\n */\n" },
	[L_CPP] = {
	    "/**\n * Definition for singly-linked list.\n"
	    " * struct ListNode {\n *     int val;\n *     ListNode *next;\n"
	    " *     ListNode() : val(0), next(nullptr) {}\n"
	    " *     ListNode(int x) : val(x), next(nullptr) {}\n"
	    " *     ListNode(int x, ListNode *next) : val(x), next(next) {}\n"
	    " * };\n */\n",
	    "/**\n * Definition for a binary tree node.\n"
	    " * struct TreeNode {\n *     int val;\n *     TreeNode *left;\n"
	    " *     TreeNode *right;\n"
	    " *     TreeNode() : val(0), left(nullptr), right(nullptr) {}\n"
	    " *     TreeNode(int x) : val(x), left(nullptr), right(nullptr) {}\n"
	    " *     TreeNode(int x, TreeNode *left, TreeNode *right) : val(x), "
	    "left(left), right(right) {}\n * };\n */\n" },
	[L_PY] = {
	    "# Definition for singly-linked list.\n# class ListNode:\n"
	    "#     def __init__(self, val=0, next=None):\n"
	    "#         self.val = val\n#         self.next = next\n",
	    "# Definition for a binary tree node.\n# class TreeNode:\n"
	    "#     def __init__(self, val=0, left=None, right=None):\n"
	    "#         self.val = val\n#         self.left = left\n"
	    "#         self.right = right\n" },
	[L_JAVA] = {
	    "/**\n * Definition for singly-linked list.\n"
	    " * public class ListNode {\n *     int val;\n"
	    " *     ListNode next;\n *     ListNode() {}\n"
	    " *     ListNode(int val) { this.val = val; }\n"
	    " *     ListNode(int val, ListNode next) { this.val = val; "
	    "this.next = next; }\n * }\n */\n",
	    "/**\n * Definition for a binary tree node.\n"
	    " * public class TreeNode {\n *     int val;\n"
	    " *     TreeNode left;\n *     TreeNode right;\n"
	    " *     TreeNode() {}\n *     TreeNode(int val) { this.val = val; }\n"
	    " *     TreeNode(int val, TreeNode left, TreeNode right) {\n"
	    " *         this.val = val;\n *         this.left = left;\n"
	    " *         this.right = right;\n *     }\n * }\n */\n" },
	[L_JS] = {
	    "/**\n * Definition for singly-linked list.\n"
	    " * function ListNode(val, next) {\n"
	    " *     this.val = (val===undefined ? 0 : val)\n"
	    " *     this.next = (next===undefined ? null : next)\n * }\n */\n",
	    "/**\n * Definition for a binary tree node.\n"
	    " * function TreeNode(val, left, right) {\n"
	    " *     this.val = (val===undefined ? 0 : val)\n"
	    " *     this.left = (left===undefined ? null : left)\n"
	    " *     this.right = (right===undefined ? null : right)\n"
	    " * }\n */\n" },
};

static void
stub_c(struct gen *g, const struct sig *sig)
{
	const struct sig_method	*m;
	size_t			 i;

	if (sig->kind == SIG_FUNCTION) {
		m = &sig->fn;
		if (m->ret.dim == 1)
			gp(g, "/**\n * Note: The returned array must be "
			    "malloced, assume caller calls free().\n */\n");
		else if (m->ret.dim == 2)
			gp(g, "/**\n * Return an array of arrays of size "
			    "*returnSize.\n * The sizes of the arrays are "
			    "returned as *returnColumnSizes array.\n * Note: "
			    "Both returned array and *columnSizes array must "
			    "be malloced, assume caller calls free().\n */\n");
		g_c_proto(g, sig, m, 0);
		gp(g, " {\n    \n}\n");
		return;
	}
	gp(g, "typedef struct {\n    \n} %s;\n\n\n%s* ", sig->cls, sig->cls);
	g_c_name(g, sig, "Create");
	gp(g, "(");
	g_c_params(g, sig, &sig->ctor, 0);
	gp(g, ") {\n    \n}\n");
	for (i = 0; i < sig->nmethods; i++) {
		gp(g, "\n");
		g_c_proto(g, sig, &sig->methods[i], 1);
		gp(g, " {\n    \n}\n");
	}
	gp(g, "\nvoid ");
	g_c_name(g, sig, "Free");
	gp(g, "(%s* obj) {\n    \n}\n", sig->cls);
}

static void
stub_cpp(struct gen *g, const struct sig *sig)
{
	const struct sig_method	*m;
	size_t			 i;

	if (sig->kind == SIG_FUNCTION) {
		m = &sig->fn;
		gp(g, "class Solution {\npublic:\n    ");
		g_cpp_type(g, m->ret);
		gp(g, " %s(", m->name);
		g_cpp_params(g, m);
		gp(g, ") {\n        \n    }\n};\n");
		return;
	}
	gp(g, "class %s {\npublic:\n    %s(", sig->cls, sig->cls);
	g_cpp_params(g, &sig->ctor);
	gp(g, ") {\n        \n    }\n");
	for (i = 0; i < sig->nmethods; i++) {
		m = &sig->methods[i];
		gp(g, "    \n    ");
		g_cpp_type(g, m->ret);
		gp(g, " %s(", m->name);
		g_cpp_params(g, m);
		gp(g, ") {\n        \n    }\n");
	}
	gp(g, "};\n");
}

static void
stub_py(struct gen *g, const struct sig *sig)
{
	size_t	 i;

	if (sig->kind == SIG_FUNCTION) {
		gp(g, "class Solution:\n    def ");
		g_py_proto(g, &sig->fn, 0);
		gp(g, ":\n");
		if (sig->fn.inplace >= 0)
			gp(g, "        \"\"\"\n        Do not return anything, "
			    "modify %s in-place instead.\n        \"\"\"\n",
			    sig->fn.params[sig->fn.inplace].name);
		gp(g, "        pass\n");
		return;
	}
	gp(g, "class %s:\n\n    def ", sig->cls);
	g_py_proto(g, &sig->ctor, 1);
	gp(g, ":\n        pass\n");
	for (i = 0; i < sig->nmethods; i++) {
		gp(g, "\n    def ");
		g_py_proto(g, &sig->methods[i], 0);
		gp(g, ":\n        pass\n");
	}
}

static void
stub_java(struct gen *g, const struct sig *sig)
{
	size_t	 i;

	if (sig->kind == SIG_FUNCTION) {
		gp(g, "class Solution {\n    public ");
		g_java_proto(g, &sig->fn, 0);
		gp(g, " {\n        \n    }\n}\n");
		return;
	}
	gp(g, "class %s {\n\n    public ", sig->cls);
	g_java_proto(g, &sig->ctor, 1);
	gp(g, " {\n        \n    }\n");
	for (i = 0; i < sig->nmethods; i++) {
		gp(g, "    \n    public ");
		g_java_proto(g, &sig->methods[i], 0);
		gp(g, " {\n        \n    }\n");
	}
	gp(g, "}\n");
}

static void
js_doc(struct gen *g, const struct sig_method *m, int ret)
{
	size_t	 i;

	gp(g, "/**\n");
	for (i = 0; i < m->nparams; i++) {
		gp(g, " * @param {");
		g_js_type(g, m->params[i].type);
		gp(g, "} %s\n", m->params[i].name);
	}
	if (ret) {
		gp(g, " * @return {");
		g_js_type(g, m->ret);
		gp(g, "}\n");
	}
	gp(g, " */\n");
}

static void
stub_js(struct gen *g, const struct sig *sig)
{
	const struct sig_method	*m;
	size_t			 i;

	if (sig->kind == SIG_FUNCTION) {
		m = &sig->fn;
		js_doc(g, m, 1);
		if (m->inplace >= 0)
			gp(g, "/* Do not return anything, modify %s in-place "
			    "instead. */\n", m->params[m->inplace].name);
		gp(g, "var %s = function(", m->name);
		g_js_params(g, m);
		gp(g, ") {\n    \n};\n");
		return;
	}
	js_doc(g, &sig->ctor, 0);
	gp(g, "var %s = function(", sig->cls);
	g_js_params(g, &sig->ctor);
	gp(g, ") {\n    \n};\n");
	for (i = 0; i < sig->nmethods; i++) {
		m = &sig->methods[i];
		gp(g, "\n");
		js_doc(g, m, 1);
		gp(g, "%s.prototype.%s = function(", sig->cls, m->name);
		g_js_params(g, m);
		gp(g, ") {\n    \n};\n");
	}
}

char *
sig_stub(const struct sig *sig, const char *lang)
{
	struct gen	 g;
	int		 l;

	if ((l = lang_find(lang)) == -1)
		return NULL;
	g_init(&g);
	if (sig_uses(sig, SIG_T_LIST))
		gp(&g, "%s", node_doc[l][0]);
	if (sig_uses(sig, SIG_T_TREE))
		gp(&g, "%s", node_doc[l][1]);
	switch (l) {
	case L_C:
		stub_c(&g, sig);
		break;
	case L_CPP:
		stub_cpp(&g, sig);
		break;
	case L_PY:
		stub_py(&g, sig);
		break;
	case L_JAVA:
		stub_java(&g, sig);
		break;
	default:
		stub_js(&g, sig);
		break;
	}
	return g_done(&g, NULL);
}

/* ---- drivers: C ---- */

/* Declare and read the driver's variable vd_a<i> of type t. */
static void
c_read(struct gen *g, size_t i, struct sig_type t)
{
	if (t.dim == 0)
		gp(g, "\t\t%s vd_a%zu = vd_read_%s();\n", c_base[t.base], i,
		    c_fn[t.base]);
	else if (t.dim == 1)
		gp(g, "\t\tint vd_a%zun;\n\t\t%s *vd_a%zu = vd_read_%s_1("
		    "&vd_a%zun);\n", i, c_base[t.base], i, c_fn[t.base], i);
	else
		gp(g, "\t\tint vd_a%zun, *vd_a%zuc;\n\t\t%s **vd_a%zu = "
		    "vd_read_%s_2(&vd_a%zun, &vd_a%zuc);\n", i, i,
		    c_base[t.base], i, c_fn[t.base], i, i);
}

static void
c_args(struct gen *g, const struct sig_method *m, int self)
{
	size_t	 i;
	int	 first = 1;

	if (self) {
		gp(g, "vd_obj");
		first = 0;
	}
	for (i = 0; i < m->nparams; i++) {
		gp(g, "%svd_a%zu", first ? "" : ", ", i);
		first = 0;
		if (m->params[i].type.dim >= 1)
			gp(g, ", vd_a%zun", i);
		if (m->params[i].type.dim == 2)
			gp(g, ", vd_a%zuc", i);
	}
	if (m->ret.dim >= 1)
		gp(g, "%s&vd_rs", first ? "" : ", ");
	if (m->ret.dim == 2)
		gp(g, ", &vd_rc");
}

static void
c_put(struct gen *g, struct sig_type t, const char *v, const char *n,
    const char *c)
{
	if (t.dim == 0)
		gp(g, "\t\tvd_put_%s(%s);\n", c_fn[t.base], v);
	else if (t.dim == 1)
		gp(g, "\t\tvd_put_%s_1(%s, %s);\n", c_fn[t.base], v, n);
	else
		gp(g, "\t\tvd_put_%s_2(%s, %s, %s);\n", c_fn[t.base], v, n, c);
}

/* Read the arguments, call m, write its result. */
static void
c_call(struct gen *g, const struct sig *sig, const struct sig_method *m,
    int self)
{
	char	 v[32], n[32], c[32];
	size_t	 i;

	for (i = 0; i < m->nparams; i++)
		c_read(g, i, m->params[i].type);
	if (m->ret.dim >= 1)
		gp(g, "\t\tint vd_rs = -1;\n");
	if (m->ret.dim == 2)
		gp(g, "\t\tint *vd_rc = NULL;\n");
	if (m->ret.base == SIG_T_VOID)
		gp(g, "\t\t");
	else
		gp(g, "\t\t%s%s vd_r = ", c_base[m->ret.base],
		    m->ret.dim == 0 ? "" : m->ret.dim == 1 ? " *" : " **");
	g_c_name(g, sig, m->name);
	gp(g, "(");
	c_args(g, m, self);
	gp(g, ");\n");
	if (m->ret.dim >= 1) {
		gp(g, "\t\tif (vd_rs < 0)\n\t\t\tvd_re(\"");
		g_c_name(g, sig, m->name);
		gp(g, " did not set *returnSize\");\n");
	}
	if (m->ret.dim == 2) {
		gp(g, "\t\tif (vd_rs > 0 && vd_rc == NULL)\n\t\t\tvd_re(\"");
		g_c_name(g, sig, m->name);
		gp(g, " did not set *returnColumnSizes\");\n");
	}
	if (m->inplace >= 0) {
		i = (size_t)m->inplace;
		snprintf(v, sizeof(v), "vd_a%zu", i);
		snprintf(n, sizeof(n), "vd_a%zun", i);
		snprintf(c, sizeof(c), "vd_a%zuc", i);
		c_put(g, m->params[i].type, v, n, c);
	} else if (m->ret.base == SIG_T_VOID)
		gp(g, "\t\tvd_puts(\"null\");\n");
	else
		c_put(g, m->ret, "vd_r", "vd_rs", "vd_rc");
}

static void
drv_c(struct gen *g, const struct sig *sig)
{
	size_t	 i;

	gp(g, "\n/* The signature solution.c must implement: */\n");
	if (sig->kind == SIG_FUNCTION) {
		g_c_proto(g, sig, &sig->fn, 0);
		gp(g, ";\n\nstatic void\nvd_test(void)\n{\n\t{\n");
		c_call(g, sig, &sig->fn, 0);
		gp(g, "\t}\n}\n");
		return;
	}
	gp(g, "%s *", sig->cls);
	g_c_name(g, sig, "Create");
	gp(g, "(");
	g_c_params(g, sig, &sig->ctor, 0);
	gp(g, ");\n");
	for (i = 0; i < sig->nmethods; i++) {
		g_c_proto(g, sig, &sig->methods[i], 1);
		gp(g, ";\n");
	}
	gp(g, "void ");
	g_c_name(g, sig, "Free");
	gp(g, "(%s *obj);\n\n", sig->cls);
	gp(g, "static void\nvd_test(void)\n{\n\tint vd_nops, vd_k;\n"
	    "\tchar **vd_ops = vd_read_string_1(&vd_nops);\n"
	    "\t%s *vd_obj = NULL;\n\n\tvd_expect('[');\n\tvd_putc('[');\n"
	    "\tfor (vd_k = 0; vd_k < vd_nops; vd_k++) {\n"
	    "\t\tif (vd_k > 0)\n\t\t\tvd_putc(',');\n\t\tvd_expect('[');\n"
	    "\t\tif (vd_k == 0) {\n", sig->cls);
	for (i = 0; i < sig->ctor.nparams; i++)
		c_read(g, i, sig->ctor.params[i].type);
	gp(g, "\t\tvd_obj = ");
	g_c_name(g, sig, "Create");
	gp(g, "(");
	c_args(g, &sig->ctor, 0);
	gp(g, ");\n\t\tvd_puts(\"null\");\n\t\t}");
	for (i = 0; i < sig->nmethods; i++) {
		gp(g, " else if (strcmp(vd_ops[vd_k], \"%s\") == 0) {\n",
		    sig->methods[i].name);
		c_call(g, sig, &sig->methods[i], 1);
		gp(g, "\t\t}");
	}
	gp(g, "\n\t\tvd_expect(']');\n\t}\n\tvd_expect(']');\n"
	    "\tvd_putc(']');\n\tif (vd_obj != NULL)\n\t\t");
	g_c_name(g, sig, "Free");
	gp(g, "(vd_obj);\n}\n");
}

/* ---- drivers: C++ ---- */

static void
cpp_call(struct gen *g, const struct sig_method *m, const char *on)
{
	size_t	 i;

	for (i = 0; i < m->nparams; i++) {
		gp(g, "\t\t");
		g_cpp_type(g, m->params[i].type);
		gp(g, " vd_a%zu{};\n\t\tvd::read(vd_a%zu);\n", i, i);
	}
	if (m->ret.base != SIG_T_VOID) {
		gp(g, "\t\tstatic_assert(std::is_convertible<decltype(%s%s(",
		    on, m->name);
		for (i = 0; i < m->nparams; i++)
			gp(g, "%svd_a%zu", i ? ", " : "", i);
		gp(g, ")), ");
		g_cpp_type(g, m->ret);
		gp(g, ">::value,\n\t\t    \"%s must return ", m->name);
		g_cpp_type(g, m->ret);
		gp(g, "\");\n\t\t");
		g_cpp_type(g, m->ret);
		gp(g, " vd_r = ");
	} else
		gp(g, "\t\t");
	gp(g, "%s%s(", on, m->name);
	for (i = 0; i < m->nparams; i++)
		gp(g, "%svd_a%zu", i ? ", " : "", i);
	gp(g, ");\n");
	if (m->inplace >= 0)
		gp(g, "\t\tvd::write(vd_a%d);\n", m->inplace);
	else if (m->ret.base == SIG_T_VOID)
		gp(g, "\t\tvd::ob += \"null\";\n");
	else
		gp(g, "\t\tvd::write(vd_r);\n");
}

static void
drv_cpp(struct gen *g, const struct sig *sig)
{
	size_t	 i;

	if (sig->kind == SIG_FUNCTION) {
		gp(g, "\nstatic void\nvd_test()\n{\n\t{\n"
		    "\t\tSolution vd_sol;\n");
		cpp_call(g, &sig->fn, "vd_sol.");
		gp(g, "\t}\n}\n");
		return;
	}
	gp(g, "\nstatic void\nvd_test()\n{\n\tvector<string> vd_ops;\n"
	    "\tvd::read(vd_ops);\n\t%s *vd_obj = nullptr;\n"
	    "\tvd::expect('[');\n\tvd::ob += '[';\n"
	    "\tfor (size_t vd_k = 0; vd_k < vd_ops.size(); vd_k++) {\n"
	    "\t\tif (vd_k > 0)\n\t\t\tvd::ob += ',';\n"
	    "\t\tvd::expect('[');\n\t\tif (vd_k == 0) {\n", sig->cls);
	for (i = 0; i < sig->ctor.nparams; i++) {
		gp(g, "\t\t");
		g_cpp_type(g, sig->ctor.params[i].type);
		gp(g, " vd_a%zu{};\n\t\tvd::read(vd_a%zu);\n", i, i);
	}
	gp(g, "\t\tvd_obj = new %s(", sig->cls);
	for (i = 0; i < sig->ctor.nparams; i++)
		gp(g, "%svd_a%zu", i ? ", " : "", i);
	gp(g, ");\n\t\tvd::ob += \"null\";\n\t\t}");
	for (i = 0; i < sig->nmethods; i++) {
		gp(g, " else if (vd_ops[vd_k] == \"%s\") {\n",
		    sig->methods[i].name);
		cpp_call(g, &sig->methods[i], "vd_obj->");
		gp(g, "\t\t}");
	}
	gp(g, "\n\t\tvd::expect(']');\n\t}\n\tvd::expect(']');\n"
	    "\tvd::ob += ']';\n}\n");
}

/* ---- drivers: the signature as data (Python, JavaScript) ---- */

static void
data_types(struct gen *g, const struct sig_method *m)
{
	size_t	 i;

	gp(g, "[");
	for (i = 0; i < m->nparams; i++)
		gp(g, "%s\"%s\"", i ? ", " : "", sig_type_name(m->params[i].type));
	gp(g, "]");
}

static void
data_proto(struct gen *g, int l, const struct sig *sig,
    const struct sig_method *m)
{
	gp(g, "\"");
	if (l == L_PY)
		g_py_proto(g, m, 0);
	else if (sig->kind == SIG_FUNCTION) {
		gp(g, "var %s = function(", m->name);
		g_js_params(g, m);
		gp(g, ")");
	} else {
		gp(g, "%s.prototype.%s = function(", sig->cls, m->name);
		g_js_params(g, m);
		gp(g, ")");
	}
	gp(g, "\"");
}

static void
data_sig(struct gen *g, int l, const struct sig *sig)
{
	const struct sig_method	*m;
	size_t			 i;

	if (sig->kind == SIG_FUNCTION) {
		m = &sig->fn;
		gp(g, "{\"kind\": \"function\", \"fn\": {\"name\": \"%s\", "
		    "\"params\": ", m->name);
		data_types(g, m);
		gp(g, ", \"ret\": \"%s\", \"inplace\": %d, \"proto\": ",
		    sig_type_name(m->ret), m->inplace);
		data_proto(g, l, sig, m);
		gp(g, "}}");
		return;
	}
	gp(g, "{\"kind\": \"design\", \"cls\": \"%s\", \"ctor\": ", sig->cls);
	data_types(g, &sig->ctor);
	gp(g, ", \"methods\": {");
	for (i = 0; i < sig->nmethods; i++) {
		m = &sig->methods[i];
		gp(g, "%s\"%s\": {\"params\": ", i ? ", " : "", m->name);
		data_types(g, m);
		gp(g, ", \"ret\": \"%s\", \"proto\": ", sig_type_name(m->ret));
		data_proto(g, l, sig, m);
		gp(g, "}");
	}
	gp(g, "}}");
}

/* ---- drivers: Java ---- */

static void
java_str_array(struct gen *g, const struct sig_method *m)
{
	size_t	 i;

	gp(g, "{");
	for (i = 0; i < m->nparams; i++)
		gp(g, "%s\"%s\"", i ? ", " : "",
		    sig_type_name(m->params[i].type));
	gp(g, "}");
}

static void
java_sig(struct gen *g, const struct sig *sig)
{
	const struct sig_method	*m;
	size_t			 i, n;

	n = sig->kind == SIG_FUNCTION ? 1 : sig->nmethods + 1;
	gp(g, "    static final Class<?> VD_CLASS = %s.class;\n"
	    "    static final boolean VD_DESIGN = %s;\n"
	    "    static final int VD_INPLACE = %d;\n",
	    sig->kind == SIG_FUNCTION ? "Solution" : sig->cls,
	    sig->kind == SIG_FUNCTION ? "false" : "true",
	    sig->kind == SIG_FUNCTION ? sig->fn.inplace : -1);
	gp(g, "    static final String[] VD_METHODS = {");
	for (i = 0; i < n; i++) {
		m = sig->kind == SIG_FUNCTION ? &sig->fn : i == 0 ?
		    &sig->ctor : &sig->methods[i - 1];
		gp(g, "%s\"%s\"", i ? ", " : "", m->name);
	}
	gp(g, "};\n    static final String[][] VD_PARAMS = {");
	for (i = 0; i < n; i++) {
		m = sig->kind == SIG_FUNCTION ? &sig->fn : i == 0 ?
		    &sig->ctor : &sig->methods[i - 1];
		gp(g, "%s", i ? ", " : "");
		java_str_array(g, m);
	}
	gp(g, "};\n    static final String[] VD_RETS = {");
	for (i = 0; i < n; i++) {
		m = sig->kind == SIG_FUNCTION ? &sig->fn : i == 0 ?
		    &sig->ctor : &sig->methods[i - 1];
		gp(g, "%s\"%s\"", i ? ", " : "", sig_type_name(m->ret));
	}
	gp(g, "};\n    static final String[] VD_PROTOS = {");
	for (i = 0; i < n; i++) {
		m = sig->kind == SIG_FUNCTION ? &sig->fn : i == 0 ?
		    &sig->ctor : &sig->methods[i - 1];
		gp(g, "%s\"", i ? ", " : "");
		g_java_proto(g, m, sig->kind == SIG_DESIGN && i == 0);
		gp(g, "\"");
	}
	gp(g, "};\n");
}

/* Main.java with its VD_SIG marker line replaced. */
static void
drv_java(struct gen *g, const struct sig *sig)
{
	static const char	 marker[] = "    //VD_SIG\n";
	const char		*s, *at;
	size_t			 n;

	if ((s = sig_harness_get("Main.java", &n)) == NULL ||
	    (at = strstr(s, marker)) == NULL) {
		g->bad = 1;
		return;
	}
	gadd(g, s, (size_t)(at - s));
	java_sig(g, sig);
	at += sizeof(marker) - 1;
	gadd(g, at, n - (size_t)(at - s));
}

/* ---- sig_build ---- */

static void
add_file(struct sig_files *out, const char *name, struct gen *g, int *bad)
{
	struct sig_file	*f;
	char		*data;
	size_t		 len;

	if ((data = g_done(g, &len)) == NULL) {
		*bad = 1;
		return;
	}
	f = &out->files[out->nfiles++];
	f->name = xstrdup(name);
	f->data = data;
	f->len = len;
}

static void
user_code(struct gen *g, const char *src, size_t len)
{
	gadd(g, src, len);
	if (len == 0 || src[len - 1] != '\n')
		gadd(g, "\n", 1);
}

/*
 * After the user's code: "#line N main.c" with N the real line, so errors
 * in the driver (a prototype conflicting with the user's) show the
 * driver's line from the file the compiler has.
 */
static void
g_line_back(struct gen *g, const char *file)
{
	size_t	 i, n = 2;

	for (i = 0; i < g->b.len; i++)
		n += g->b.data[i] == '\n';
	gp(g, "#line %zu \"%s\"\n", n, file);
}

int
sig_build(const struct sig *sig, const char *lang, const char *src,
    size_t len, struct sig_files *out, char *err, size_t errlen)
{
	struct gen	 g;
	char		 name[SIG_NAME_MAX + 8];
	int		 l, bad = 0;

	memset(out, 0, sizeof(*out));
	if ((l = lang_find(lang)) == -1) {
		snprintf(err, errlen, "no driver for language '%.32s' (have "
		    SIG_LANG_IDS ")", lang == NULL ? "" : lang);
		return -1;
	}
	g_init(&g);
	switch (l) {
	case L_C:
		g_harness(&g, "prelude.h");
		gp(&g, "#line 1 \"solution.c\"\n");
		user_code(&g, src, len);
		g_line_back(&g, "main.c");
		g_harness(&g, "driver.c");
		drv_c(&g, sig);
		add_file(out, "main.c", &g, &bad);
		break;
	case L_CPP:
		g_harness(&g, "prelude.hpp");
		gp(&g, "#line 1 \"solution.cpp\"\n");
		user_code(&g, src, len);
		g_line_back(&g, "main.cpp");
		g_harness(&g, "driver.cpp");
		drv_cpp(&g, sig);
		add_file(out, "main.cpp", &g, &bad);
		break;
	case L_PY:
		gp(&g, "VD_SIG = ");
		data_sig(&g, l, sig);
		gp(&g, "\n");
		g_harness(&g, "driver.py");
		add_file(out, "main.py", &g, &bad);
		g_init(&g);
		user_code(&g, src, len);
		add_file(out, "solution.py", &g, &bad);
		break;
	case L_JAVA:
		drv_java(&g, sig);
		add_file(out, "Main.java", &g, &bad);
		g_init(&g);
		/* java.util and friends, on line 1 so line numbers hold */
		gp(&g, "import java.util.*; import java.util.function.*; "
		    "import java.util.stream.*; import java.math.*; ");
		user_code(&g, src, len);
		snprintf(name, sizeof(name), "%s.java",
		    sig->kind == SIG_FUNCTION ? "Solution" : sig->cls);
		add_file(out, name, &g, &bad);
		g_init(&g);
		g_harness(&g, "ListNode.java");
		add_file(out, "ListNode.java", &g, &bad);
		g_init(&g);
		g_harness(&g, "TreeNode.java");
		add_file(out, "TreeNode.java", &g, &bad);
		break;
	default:
		gp(&g, "'use strict';\nconst VD_SIG = ");
		data_sig(&g, l, sig);
		gp(&g, ";\n");
		g_harness(&g, "driver.js");
		add_file(out, "main.js", &g, &bad);
		g_init(&g);
		user_code(&g, src, len);
		gp(&g, ";module.exports = { %s: typeof %s === 'undefined' ? "
		    "undefined : %s };\n", sig->kind == SIG_FUNCTION ?
		    sig->fn.name : sig->cls, sig->kind == SIG_FUNCTION ?
		    sig->fn.name : sig->cls, sig->kind == SIG_FUNCTION ?
		    sig->fn.name : sig->cls);
		add_file(out, "solution.js", &g, &bad);
		break;
	}
	if (bad) {
		sig_files_free(out);
		snprintf(err, errlen, "source too large or driver missing");
		return -1;
	}
	out->main = out->files[0].name;
	return 0;
}

void
sig_files_free(struct sig_files *out)
{
	size_t	 i;

	for (i = 0; i < out->nfiles; i++) {
		free(out->files[i].name);
		free(out->files[i].data);
	}
	memset(out, 0, sizeof(*out));
}
