/* test_sig.c: unit tests of judge/sig.c and judge/sig_code.c. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <json-c/json.h>

#include "t.h"
#include "../../judge/sig.h"

static struct sig *
parse(const char *json, char *err, size_t errlen)
{
	struct json_object	*o;
	struct sig		*sig = NULL;

	err[0] = '\0';
	o = json_tokener_parse(json);
	if (sig_parse(o, &sig, err, errlen) == -1)
		sig = NULL;
	json_object_put(o);
	return sig;
}

static const char two_sum[] = "{\"function\": \"twoSum\", \"params\": "
    "[{\"name\": \"nums\", \"type\": \"int[]\"}, {\"name\": \"target\", "
    "\"type\": \"int\"}], \"returns\": \"int[]\", \"compare\": \"exact\"}";

static const char lru[] = "{\"class\": \"LRUCache\", \"constructor\": "
    "[{\"name\": \"capacity\", \"type\": \"int\"}], \"methods\": ["
    "{\"function\": \"get\", \"params\": [{\"name\": \"key\", \"type\": "
    "\"int\"}], \"returns\": \"int\"}, {\"function\": \"put\", \"params\": "
    "[{\"name\": \"key\", \"type\": \"int\"}, {\"name\": \"value\", "
    "\"type\": \"int\"}], \"returns\": \"void\"}]}";

static const char rotate[] = "{\"function\": \"rotate\", \"params\": "
    "[{\"name\": \"nums\", \"type\": \"int[]\"}, {\"name\": \"k\", "
    "\"type\": \"int\"}], \"returns\": \"void\", \"inplace\": \"nums\"}";

static const char depth[] = "{\"function\": \"maxDepth\", \"params\": "
    "[{\"name\": \"root\", \"type\": \"TreeNode\"}], \"returns\": \"int\"}";

static const char rev[] = "{\"function\": \"reverseList\", \"params\": "
    "[{\"name\": \"head\", \"type\": \"ListNode\"}], \"returns\": "
    "\"ListNode\"}";

static const char groups[] = "{\"function\": \"groupAnagrams\", \"params\": "
    "[{\"name\": \"strs\", \"type\": \"string[]\"}], \"returns\": "
    "\"string[][]\", \"compare\": \"unordered:deep\"}";

static void
test_parse_good(void)
{
	struct sig	*s;
	char		 err[256];
	static const char *const types[] = { "int", "long", "double", "bool",
	    "string", "char", "int[]", "long[]", "double[]", "bool[]",
	    "string[]", "char[]", "int[][]", "char[][]", "string[][]",
	    "ListNode", "TreeNode" };
	char		 j[512];
	size_t		 i;

	s = parse(two_sum, err, sizeof(err));
	T_OK(s != NULL, "parse twoSum (%s)", err);
	if (s != NULL) {
		T_OK(s->kind == SIG_FUNCTION && s->fn.nparams == 2 &&
		    s->fn.params[0].type.base == SIG_T_INT &&
		    s->fn.params[0].type.dim == 1 && s->fn.ret.dim == 1 &&
		    s->fn.inplace == -1 && s->cmp == SIG_CMP_EXACT,
		    "twoSum fields");
		T_STREQ(sig_type_name(s->fn.params[0].type), "int[]",
		    "type name int[]");
	}
	sig_free(s);

	s = parse(lru, err, sizeof(err));
	T_OK(s != NULL, "parse LRUCache (%s)", err);
	if (s != NULL)
		T_OK(s->kind == SIG_DESIGN && s->nmethods == 2 &&
		    strcmp(s->cls, "LRUCache") == 0 && s->ctor.nparams == 1 &&
		    s->methods[1].ret.base == SIG_T_VOID, "LRUCache fields");
	sig_free(s);

	s = parse(rotate, err, sizeof(err));
	T_OK(s != NULL && s->fn.inplace == 0, "parse in-place rotate (%s)",
	    err);
	sig_free(s);

	s = parse("{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
	    "\"type\": \"double\"}], \"returns\": \"double\", \"compare\": "
	    "\"float:1e-6\"}", err, sizeof(err));
	T_OK(s != NULL && s->cmp == SIG_CMP_FLOAT && s->eps == 1e-6,
	    "compare float:1e-6 (%s)", err);
	sig_free(s);

	s = parse("{\"function\": \"f\", \"returns\": \"int[]\", "
	    "\"compare\": \"unordered\"}", err, sizeof(err));
	T_OK(s != NULL && s->cmp == SIG_CMP_UNORDERED && s->fn.nparams == 0,
	    "no params, unordered (%s)", err);
	sig_free(s);

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++) {
		snprintf(j, sizeof(j), "{\"function\": \"f\", \"params\": "
		    "[{\"name\": \"x\", \"type\": \"%s\"}], \"returns\": \"%s\"}",
		    types[i], types[i]);
		s = parse(j, err, sizeof(err));
		T_OK(s != NULL, "type %s accepted (%s)", types[i], err);
		if (s != NULL)
			T_STREQ(sig_type_name(s->fn.ret), types[i],
			    "type %s round trips by name", types[i]);
		sig_free(s);
	}
}

static void
test_parse_bad(void)
{
	static const struct {
		const char	*json;
		const char	*want;
	} bad[] = {
		{ "[]", "must be a mapping" },
		{ "{\"params\": [], \"returns\": \"int\"}", "missing 'function'" },
		{ "{\"function\": \"f\"}", "missing 'returns'" },
		{ "{\"function\": \"2f\", \"returns\": \"int\"}",
		    "not an identifier" },
		{ "{\"function\": \"f-g\", \"returns\": \"int\"}",
		    "not an identifier" },
		{ "{\"function\": \"\", \"returns\": \"int\"}", "1 to 64" },
		{ "{\"function\": \"class\", \"returns\": \"int\"}",
		    "reserved" },
		{ "{\"function\": \"vd_main\", \"returns\": \"int\"}",
		    "reserved for the drivers" },
		{ "{\"function\": \"f\", \"returns\": \"integer\"}",
		    "unknown type 'integer'" },
		{ "{\"function\": \"f\", \"returns\": \"int[][][]\"}",
		    "unknown type" },
		{ "{\"function\": \"f\", \"returns\": \"bool[][]\"}",
		    "2-D arrays are of int, char or string only" },
		{ "{\"function\": \"f\", \"returns\": \"ListNode[]\"}",
		    "no arrays of ListNode" },
		{ "{\"function\": \"f\", \"returns\": \"void\"}",
		    "needs 'inplace" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"void\"}], \"returns\": \"int\"}",
		    "cannot be void" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"int\"}], \"returns\": \"void\", \"inplace\": "
		    "\"y\"}", "inplace names no param" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"int\"}], \"returns\": \"void\", \"inplace\": "
		    "\"x\"}", "must be an array" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"int[]\"}], \"returns\": \"int\", \"inplace\": "
		    "\"x\"}", "inplace needs returns: void" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"int\"}, {\"name\": \"x\", \"type\": \"int\"}], "
		    "\"returns\": \"int\"}", "param 'x' twice" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"f\", "
		    "\"type\": \"int\"}], \"returns\": \"int\"}",
		    "function's name" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\"}], "
		    "\"returns\": \"int\"}", "needs a name and a type" },
		{ "{\"function\": \"f\", \"params\": {\"name\": \"x\"}, "
		    "\"returns\": \"int\"}", "params must be a list" },
		{ "{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
		    "\"type\": \"int\", \"size\": \"3\"}], \"returns\": \"int\"}",
		    "unknown key 'size'" },
		{ "{\"function\": \"f\", \"returns\": \"int\", \"retruns\": "
		    "\"int\"}", "unknown key 'retruns'" },
		{ "{\"function\": \"f\", \"returns\": \"int\", \"compare\": "
		    "\"fuzzy\"}", "use exact, unordered" },
		{ "{\"function\": \"f\", \"returns\": \"int\", \"compare\": "
		    "\"float:abc\"}", "tolerance" },
		{ "{\"function\": \"f\", \"returns\": \"int\", \"compare\": "
		    "\"float:2\"}", "tolerance" },
		{ "{\"function\": \"f\", \"returns\": \"int\", \"compare\": 3}",
		    "compare must be a string" },
		{ "{\"class\": \"C\"}", "'methods' must be a non-empty list" },
		{ "{\"class\": \"C\", \"methods\": []}", "non-empty" },
		{ "{\"class\": 5, \"methods\": []}", "class must be a name" },
		{ "{\"class\": \"C\", \"methods\": [{\"function\": \"g\", "
		    "\"returns\": \"int\"}, {\"function\": \"g\", \"returns\": "
		    "\"int\"}]}", "method 'g' twice" },
		{ "{\"class\": \"C\", \"methods\": [{\"function\": \"C\", "
		    "\"returns\": \"int\"}]}", "has the class name" },
		{ "{\"class\": \"C\", \"methods\": [{\"function\": \"g\", "
		    "\"returns\": \"void\", \"inplace\": \"x\"}]}",
		    "unknown key 'inplace'" },
		{ "{\"class\": \"C\", \"methods\": [\"g\"]}", "not a mapping" },
		{ "{\"class\": \"C\", \"function\": \"f\", \"methods\": "
		    "[{\"function\": \"g\", \"returns\": \"int\"}]}",
		    "unknown key 'function'" },
	};
	struct sig	*s;
	char		 err[256];
	size_t		 i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		s = parse(bad[i].json, err, sizeof(err));
		T_OK(s == NULL && strstr(err, bad[i].want) != NULL,
		    "malformed %zu refused: %s", i, bad[i].want);
		if (s != NULL || strstr(err, bad[i].want) == NULL)
			printf("#   err \"%s\"\n", err);
		sig_free(s);
	}
	i = (size_t)sig_parse(NULL, &s, err, sizeof(err));
	T_OK(i == (size_t)-1 && s == NULL, "NULL signature refused");
}

static int
valid(const char *sigjson, const char *in, const char *ans, const char *want)
{
	struct sig	*s;
	char		 err[256] = "";
	int		 rc;

	if ((s = parse(sigjson, err, sizeof(err))) == NULL)
		return 0;
	rc = sig_validate_test(s, in, strlen(in), ans, ans ? strlen(ans) : 0,
	    err, sizeof(err));
	sig_free(s);
	if (want == NULL)
		return rc == 0;
	if (rc == 0 || strstr(err, want) == NULL)
		printf("#   err \"%s\"\n", err);
	return rc == -1 && strstr(err, want) != NULL;
}

static void
test_validate(void)
{
	const char	*echo_long = "{\"function\": \"f\", \"params\": "
	    "[{\"name\": \"x\", \"type\": \"long\"}], \"returns\": \"long\"}";
	const char	*echo_char = "{\"function\": \"f\", \"params\": "
	    "[{\"name\": \"x\", \"type\": \"char\"}], \"returns\": \"char\"}";
	const char	*echo_dbl = "{\"function\": \"f\", \"params\": "
	    "[{\"name\": \"x\", \"type\": \"double[]\"}], \"returns\": "
	    "\"double\"}";
	const char	*echo_str = "{\"function\": \"f\", \"params\": "
	    "[{\"name\": \"x\", \"type\": \"string\"}], \"returns\": "
	    "\"string[][]\"}";

	T_OK(valid(two_sum, "[2,7,11,15]\n9\n", "[0,1]\n", NULL),
	    "valid twoSum test");
	T_OK(valid(two_sum, "[2,7,11,15]\r\n9\r\n\r\n", "[0,1]", NULL),
	    "CRLF and trailing blank lines accepted");
	T_OK(valid(two_sum, "[2,7,11,15]\n9\n", NULL, NULL),
	    "input only");
	T_OK(valid(two_sum, "[2,7]\n", "[0,1]", "expected 2 lines"),
	    "too few lines");
	T_OK(valid(two_sum, "[2,7]\n9\n9\n", "[0,1]", "expected 2 lines"),
	    "too many lines");
	T_OK(valid(two_sum, "[2,7\n9\n", "[0,1]", "line 1: "),
	    "bad JSON");
	T_OK(valid(two_sum, "[2,7] x\n9\n", "[0,1]", "line 1: bad JSON"),
	    "trailing garbage");
	T_OK(valid(two_sum, "[2,7]\n2147483648\n", "[0,1]",
	    "line 2 (target): expected int"), "int above INT_MAX");
	T_OK(valid(two_sum, "[2,-2147483649]\n9\n", "[0,1]",
	    "expected int"), "int below INT_MIN in an array");
	T_OK(valid(two_sum, "[-2147483648,2147483647]\n-1\n", "[0,1]", NULL),
	    "INT_MIN and INT_MAX accepted");
	T_OK(valid(two_sum, "[2,7.5]\n9\n", "[0,1]", "expected int"),
	    "double where int");
	T_OK(valid(two_sum, "[2,true]\n9\n", "[0,1]", "expected int"),
	    "bool where int");
	T_OK(valid(two_sum, "[2,7]\n9\n", "[0,\"1\"]", "answer: "),
	    "answer of the wrong type");
	T_OK(valid(two_sum, "[2,7]\n9\n", "[0,1", "answer: bad JSON"),
	    "answer not JSON");
	T_OK(valid(two_sum, "{\"a\":1}\n9\n", "[0,1]", "an array"),
	    "object where array");
	T_OK(valid(echo_long, "-9223372036854775808\n",
	    "9223372036854775807\n", NULL), "LLONG_MIN and LLONG_MAX");
	T_OK(valid(echo_long, "9223372036854775808\n", "0",
	    "expected long"), "above LLONG_MAX");
	T_OK(valid(echo_long, "1e3\n", "0", "expected long"),
	    "exponent where long");
	T_OK(valid(echo_char, "\"a\"\n", "\"\\\"\"", NULL), "char ok");
	T_OK(valid(echo_char, "\"ab\"\n", "\"a\"", "one ASCII"),
	    "char of two characters");
	T_OK(valid(echo_char, "\"\\u00e9\"\n", "\"a\"", "one ASCII"),
	    "non-ASCII char");
	T_OK(valid(echo_dbl, "[1,2.5,-3e-7]\n", "2", NULL),
	    "ints accepted as doubles");
	T_OK(valid(echo_str, "\"caf\\u00e9 \xe4\xb8\xad\"\n", "[[\"a\"],[]]",
	    NULL), "unicode string");
	T_OK(valid(echo_str, "\"a\\u0000b\"\n", "[]", "NUL"),
	    "NUL in a string");
	T_OK(valid(echo_str, "\"\xff\xfe\"\n", "[]", "line 1: bad JSON"),
	    "invalid UTF-8");
	T_OK(valid(echo_str, "\"x\"\n", "[\"a\"]", "expected string[]"),
	    "string[][] answer one level short");
	T_OK(valid(depth, "[3,9,20,null,null,15,7]\n", "3", NULL),
	    "tree ok");
	T_OK(valid(depth, "[]\n", "0", NULL), "empty tree ok");
	T_OK(valid(depth, "[null]\n", "0", "root is null"), "[null] refused");
	T_OK(valid(depth, "[1,null,null,2]\n", "0", "no parent"),
	    "orphan node refused");
	T_OK(valid(depth, "[1,2,null,null,null]\n", "2", NULL),
	    "trailing nulls fine in input");
	T_OK(valid(depth, "[1,\"x\"]\n", "2", "not an int or null"),
	    "string in a tree");
	T_OK(valid(rev, "[1,2,3]\n", "[3,2,1]", NULL), "list ok");
	T_OK(valid(rev, "[1,null]\n", "[]", "expected int"),
	    "null in a list");
	T_OK(valid("{\"function\": \"f\", \"params\": [{\"name\": \"x\", "
	    "\"type\": \"int\"}], \"returns\": \"TreeNode\"}", "1\n",
	    "[1,null]", "trailing null"), "answer tree not canonical");
	T_OK(valid(rotate, "[1,2,3]\n1\n", "[3,1,2]", NULL),
	    "in-place answer is the param's type");
	T_OK(valid(rotate, "[1,2,3]\n1\n", "null", "expected int[]"),
	    "in-place answer null refused");
	T_OK(valid(lru, "[\"LRUCache\",\"put\",\"get\"]\n[[2],[1,1],[1]]\n",
	    "[null,null,1]", NULL), "design test ok");
	T_OK(valid(lru, "[\"put\",\"get\"]\n[[1,1],[1]]\n", "[null,1]",
	    "first operation must be 'LRUCache'"), "design without ctor");
	T_OK(valid(lru, "[\"LRUCache\",\"del\"]\n[[2],[1]]\n", "[null,null]",
	    "no method 'del'"), "design unknown method");
	T_OK(valid(lru, "[\"LRUCache\",\"put\"]\n[[2],[1]]\n", "[null,null]",
	    "list of 2 arguments"), "design wrong argument count");
	T_OK(valid(lru, "[\"LRUCache\",\"get\"]\n[[2],[1]]\n", "[null]",
	    "list of 2 results"), "design answer length");
	T_OK(valid(lru, "[\"LRUCache\",\"put\"]\n[[2],[1,1]]\n", "[null,3]",
	    "expected void"), "design void result must be null");
	T_OK(valid(lru, "[\"LRUCache\",\"get\"]\n[[2],[\"k\"]]\n",
	    "[null,1]", "call 1 (get), key: expected int"),
	    "design argument type");
	T_OK(valid(lru, "[\"LRUCache\"]\n[[2],[1]]\n", "[null]",
	    "line 2: expected a list of 1"), "design lines disagree");
	T_OK(valid(lru, "[]\n[]\n", "[]", "non-empty"), "design no ops");
}

static void
test_stubs(void)
{
	static const struct {
		const char	*sig;
		const char	*lang;
		const char	*want;
	} golden[] = {
		{ two_sum, "c", "/**\n * Note: The returned array must be "
		    "malloced, assume caller calls free().\n */\n"
		    "int* twoSum(int* nums, int numsSize, int target, "
		    "int* returnSize) {\n    \n}\n" },
		{ two_sum, "cpp", "class Solution {\npublic:\n    vector<int> "
		    "twoSum(vector<int>& nums, int target) {\n        \n    }\n"
		    "};\n" },
		{ two_sum, "python3", "class Solution:\n    def twoSum(self, "
		    "nums: List[int], target: int) -> List[int]:\n        pass\n" },
		{ two_sum, "java", "class Solution {\n    public int[] twoSum("
		    "int[] nums, int target) {\n        \n    }\n}\n" },
		{ two_sum, "javascript", "/**\n * @param {number[]} nums\n"
		    " * @param {number} target\n * @return {number[]}\n */\n"
		    "var twoSum = function(nums, target) {\n    \n};\n" },
		{ lru, "c", "typedef struct {\n    \n} LRUCache;\n\n\n"
		    "LRUCache* lRUCacheCreate(int capacity) {\n    \n}\n\n"
		    "int lRUCacheGet(LRUCache* obj, int key) {\n    \n}\n\n"
		    "void lRUCachePut(LRUCache* obj, int key, int value) {\n"
		    "    \n}\n\nvoid lRUCacheFree(LRUCache* obj) {\n    \n}\n" },
		{ lru, "cpp", "class LRUCache {\npublic:\n    LRUCache(int "
		    "capacity) {\n        \n    }\n    \n    int get(int key) {\n"
		    "        \n    }\n    \n    void put(int key, int value) {\n"
		    "        \n    }\n};\n" },
		{ lru, "python3", "class LRUCache:\n\n    def __init__(self, "
		    "capacity: int):\n        pass\n\n    def get(self, key: int) "
		    "-> int:\n        pass\n\n    def put(self, key: int, value: "
		    "int) -> None:\n        pass\n" },
		{ lru, "java", "class LRUCache {\n\n    public LRUCache(int "
		    "capacity) {\n        \n    }\n    \n    public int get(int "
		    "key) {\n        \n    }\n    \n    public void put(int key, "
		    "int value) {\n        \n    }\n}\n" },
		{ lru, "javascript", "/**\n * @param {number} capacity\n */\n"
		    "var LRUCache = function(capacity) {\n    \n};\n\n/**\n"
		    " * @param {number} key\n * @return {number}\n */\n"
		    "LRUCache.prototype.get = function(key) {\n    \n};\n\n/**\n"
		    " * @param {number} key\n * @param {number} value\n"
		    " * @return {void}\n */\nLRUCache.prototype.put = "
		    "function(key, value) {\n    \n};\n" },
		{ rotate, "python3", "class Solution:\n    def rotate(self, "
		    "nums: List[int], k: int) -> None:\n        \"\"\"\n        Do "
		    "not return anything, modify nums in-place instead.\n"
		    "        \"\"\"\n        pass\n" },
		{ rotate, "c", "void rotate(int* nums, int numsSize, int k) {\n"
		    "    \n}\n" },
		{ depth, "python3", "# Definition for a binary tree node.\n"
		    "# class TreeNode:\n#     def __init__(self, val=0, left=None, "
		    "right=None):\n#         self.val = val\n#         self.left "
		    "= left\n#         self.right = right\nclass Solution:\n"
		    "    def maxDepth(self, root: Optional[TreeNode]) -> int:\n"
		    "        pass\n" },
		{ rev, "c", "/**\n * Definition for singly-linked list.\n"
		    " * struct ListNode {\n *     int val;\n *     struct ListNode "
		    "*next;\n * };\n */\nstruct ListNode* reverseList(struct "
		    "ListNode* head) {\n    \n}\n" },
		{ rev, "java", "/**\n * Definition for singly-linked list.\n"
		    " * public class ListNode {\n *     int val;\n *     ListNode "
		    "next;\n *     ListNode() {}\n *     ListNode(int val) { "
		    "this.val = val; }\n *     ListNode(int val, ListNode next) { "
		    "this.val = val; this.next = next; }\n * }\n */\nclass "
		    "Solution {\n    public ListNode reverseList(ListNode head) {\n"
		    "        \n    }\n}\n" },
		{ groups, "c", "/**\n * Return an array of arrays of size "
		    "*returnSize.\n * The sizes of the arrays are returned as "
		    "*returnColumnSizes array.\n * Note: Both returned array and "
		    "*columnSizes array must be malloced, assume caller calls "
		    "free().\n */\nchar*** groupAnagrams(char** strs, int "
		    "strsSize, int* returnSize, int** returnColumnSizes) {\n"
		    "    \n}\n" },
		{ groups, "cpp", "class Solution {\npublic:\n    vector<vector<"
		    "string>> groupAnagrams(vector<string>& strs) {\n        \n"
		    "    }\n};\n" },
		{ groups, "java", "class Solution {\n    public List<List<String>>"
		    " groupAnagrams(String[] strs) {\n        \n    }\n}\n" },
		{ groups, "python3", "class Solution:\n    def groupAnagrams("
		    "self, strs: List[str]) -> List[List[str]]:\n        pass\n" },
	};
	struct sig	*s;
	char		 err[256], *stub;
	size_t		 i;

	for (i = 0; i < sizeof(golden) / sizeof(golden[0]); i++) {
		s = parse(golden[i].sig, err, sizeof(err));
		stub = s ? sig_stub(s, golden[i].lang) : NULL;
		T_STREQ(stub, golden[i].want, "stub %zu (%s)", i,
		    golden[i].lang);
		free(stub);
		sig_free(s);
	}
	s = parse(two_sum, err, sizeof(err));
	stub = sig_stub(s, "cobol");
	T_OK(stub == NULL, "no stub for an unknown language");
	sig_free(s);
}

static const struct sig_file *
file_named(const struct sig_files *f, const char *name)
{
	size_t	 i;

	for (i = 0; i < f->nfiles; i++)
		if (strcmp(f->files[i].name, name) == 0)
			return &f->files[i];
	return NULL;
}

static void
test_build(void)
{
	struct sig_files	 f;
	const struct sig_file	*sf;
	struct sig		*s, *d;
	char			 err[256];
	const char		*src = "class Solution: pass";
	int			 rc;

	s = parse(two_sum, err, sizeof(err));
	d = parse(lru, err, sizeof(err));

	rc = sig_build(s, "c", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == 0 && f.nfiles == 1 && strcmp(f.main, "main.c") == 0 &&
	    strstr(f.files[0].data, "#line 1 \"solution.c\"\nclass Solution: "
	    "pass\n#line ") != NULL && strstr(f.files[0].data,
	    "int* twoSum(int* nums, int numsSize, int target, int* "
	    "returnSize);") != NULL, "c: one main.c, user code at line 1, "
	    "prototype");
	sig_files_free(&f);

	rc = sig_build(s, "cpp", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == 0 && strcmp(f.main, "main.cpp") == 0 && strstr(f.files[0].data,
	    "\"twoSum must return vector<int>\"") != NULL,
	    "cpp: main.cpp with a return-type static_assert");
	sig_files_free(&f);

	rc = sig_build(s, "python3", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == 0 && strcmp(f.main, "main.py") == 0 &&
	    (sf = file_named(&f, "solution.py")) != NULL &&
	    sf->len == strlen(src) + 1 && strncmp(f.files[0].data,
	    "VD_SIG = {\"kind\": \"function\"", 28) == 0,
	    "python3: main.py + solution.py (newline added)");
	sig_files_free(&f);

	rc = sig_build(s, "java", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == 0 && strcmp(f.main, "Main.java") == 0 && f.nfiles == 4 &&
	    (sf = file_named(&f, "Solution.java")) != NULL &&
	    strncmp(sf->data, "import java.util.*;", 19) == 0 &&
	    memchr(sf->data, '\n', sf->len) == sf->data + sf->len - 1 &&
	    file_named(&f, "ListNode.java") != NULL &&
	    strstr(f.files[0].data, "VD_CLASS = Solution.class") != NULL,
	    "java: Main.java, Solution.java (imports on line 1), nodes");
	sig_files_free(&f);

	rc = sig_build(d, "java", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == 0 && file_named(&f, "LRUCache.java") != NULL,
	    "java design: the user's file is named after the class");
	sig_files_free(&f);

	rc = sig_build(s, "javascript", src, strlen(src), &f, err,
	    sizeof(err));
	T_OK(rc == 0 && strcmp(f.main, "main.js") == 0 &&
	    (sf = file_named(&f, "solution.js")) != NULL &&
	    strstr(sf->data, "module.exports = { twoSum: typeof twoSum") !=
	    NULL, "javascript: main.js + solution.js with exports");
	sig_files_free(&f);

	rc = sig_build(s, "cobol", src, strlen(src), &f, err, sizeof(err));
	T_OK(rc == -1 && strstr(err, "no driver for language 'cobol'") != NULL &&
	    f.nfiles == 0, "unknown language refused");
	sig_free(s);
	sig_free(d);
}

static void
test_frame_results(void)
{
	struct sig		*s;
	struct sig_test		 t[2];
	struct sig_results	 r;
	char			 err[256], *fr;
	size_t			 len;
	const char		*res;
	int			 rc;

	s = parse(two_sum, err, sizeof(err));
	t[0].in = "[ 2, 7 ,11,15 ]\r\n9\n";
	t[0].len = strlen(t[0].in);
	t[1].in = "[]\n\n-3";
	t[1].len = strlen(t[1].in);
	fr = sig_frame_tests(s, t, 2, &len, err, sizeof(err));
	T_STREQ(fr, "2\n[2,7,11,15]\n9\n[]\n-3\n", "framing compacts values");
	T_OK(fr != NULL && len == strlen(fr), "framing length");
	free(fr);
	t[1].in = "[1]\n";
	t[1].len = 4;
	fr = sig_frame_tests(s, t, 2, &len, err, sizeof(err));
	T_OK(fr == NULL && strstr(err, "test 2: expected 2 lines") != NULL,
	    "framing refuses a malformed test (%s)", err);
	fr = sig_frame_tests(s, t, 0, &len, err, sizeof(err));
	T_STREQ(fr, "0\n", "framing no tests");
	free(fr);
	sig_free(s);

	res = "ok [0,1]\nre \"ValueError: x\\n  line 3\"\nok [1";
	rc = sig_results_parse(res, strlen(res), &r, err, sizeof(err));
	T_OK(rc == 0 && r.n == 2 && r.v[0].status == SIG_R_OK &&
	    strcmp(r.v[0].text, "[0,1]") == 0 && r.v[1].status == SIG_R_RE &&
	    strcmp(r.v[1].text, "ValueError: x\n  line 3") == 0,
	    "results: ok, re decoded, partial line dropped");
	sig_results_free(&r);
	res = "ce \"no method\"\n";
	rc = sig_results_parse(res, strlen(res), &r, err, sizeof(err));
	T_OK(rc == 0 && r.n == 1 && r.v[0].status == SIG_R_CE, "results: ce");
	sig_results_free(&r);
	res = "ok 1\nhello from the user\n";
	rc = sig_results_parse(res, strlen(res), &r, err, sizeof(err));
	T_OK(rc == -1 && r.n == 0 && r.v == NULL && strstr(err, "result 2") != NULL,
	    "results: a foreign line is refused");
	res = "re [1]\n";
	rc = sig_results_parse(res, strlen(res), &r, err, sizeof(err));
	T_OK(rc == -1, "results: re without a string is refused");
	rc = sig_results_parse("", 0, &r, err, sizeof(err));
	T_OK(rc == 0 && r.n == 0, "results: empty");
	sig_results_free(&r);
}

static int
cmp(const char *sigjson, const char *exp, const char *got, const char *want)
{
	struct sig	*s;
	char		 err[256], msg[256] = "";
	int		 rc;

	if ((s = parse(sigjson, err, sizeof(err))) == NULL)
		return -2;
	rc = sig_compare(s, exp, got, msg, sizeof(msg));
	sig_free(s);
	if (want != NULL && strstr(msg, want) == NULL) {
		printf("#   msg \"%s\"\n", msg);
		return -3;
	}
	return rc;
}

static void
test_compare(void)
{
	const char	*unord = "{\"function\": \"f\", \"returns\": "
	    "\"int[][]\", \"compare\": \"unordered\"}";
	const char	*flt = "{\"function\": \"f\", \"returns\": "
	    "\"double[]\", \"compare\": \"float:1e-6\"}";
	const char	*dbl = "{\"function\": \"f\", \"returns\": "
	    "\"double\"}";
	const char	*ldesign = "{\"class\": \"C\", \"methods\": "
	    "[{\"function\": \"g\", \"returns\": \"int[]\"}], \"compare\": "
	    "\"unordered\"}";

	T_INTEQ(cmp(two_sum, "[0,1]", "[0,1]", NULL), 0, "exact equal");
	T_INTEQ(cmp(two_sum, "[0,1]\n", " [0, 1] ", NULL), 0,
	    "exact equal, spacing");
	T_INTEQ(cmp(two_sum, "[0,1]", "[1,0]", "[0]: expected 0, got 1"), 1,
	    "exact differs at [0]");
	T_INTEQ(cmp(two_sum, "[0,1]", "[0]", "length 1, expected 2"), 1,
	    "exact length differs");
	T_INTEQ(cmp(two_sum, "[0,1]", "[0,\"1\"]", "[1]: expected 1, got "
	    "\"1\""), 1, "type differs");
	T_INTEQ(cmp(two_sum, "[0,1]", "[0,1", "not JSON"), 1,
	    "result not JSON is a mismatch");
	T_INTEQ(cmp(two_sum, "[0,", "[0,1]", "expected answer"), -1,
	    "expected not JSON is the package's fault");
	T_INTEQ(cmp(two_sum, "[9223372036854775807]",
	    "[9223372036854775806]", NULL), 1, "int64 compared exactly");
	T_INTEQ(cmp(two_sum, "[1]", "[1.0]", NULL), 0,
	    "1 and 1.0 are the same number");
	T_INTEQ(cmp(depth, "null", "null", NULL), 0, "null equal");
	T_INTEQ(cmp(depth, "[]", "null", "expected [], got null"), 1,
	    "[] is not null");
	T_INTEQ(cmp(unord, "[[1,2],[3]]", "[[3],[1,2]]", NULL), 0,
	    "unordered top level");
	T_INTEQ(cmp(unord, "[[1,2],[3]]", "[[3],[2,1]]", NULL), 1,
	    "unordered is top level only");
	T_INTEQ(cmp(unord, "[[1],[1],[2]]", "[[1],[2],[2]]", NULL), 1,
	    "unordered keeps multiplicity");
	T_INTEQ(cmp(groups, "[[\"ate\",\"eat\"],[\"bat\"]]",
	    "[[\"bat\"],[\"eat\",\"ate\"]]", NULL), 0, "unordered:deep");
	T_INTEQ(cmp(groups, "[[\"ate\",\"eat\"],[\"bat\"]]",
	    "[[\"bat\",\"eat\"],[\"ate\"]]", NULL), 1,
	    "unordered:deep keeps grouping");
	T_INTEQ(cmp(flt, "[1.0,2.5]", "[1.0000005,2.4999999]", NULL), 0,
	    "float within tolerance");
	T_INTEQ(cmp(flt, "[1e9]", "[1000000500]", NULL), 0,
	    "float relative tolerance");
	T_INTEQ(cmp(flt, "[1.0]", "[1.00001]", "expected 1.0"), 1,
	    "float outside tolerance");
	T_INTEQ(cmp(dbl, "0.1", "0.10000000000000001", NULL), 0,
	    "exact doubles by value");
	T_INTEQ(cmp(dbl, "0.1", "0.1000001", NULL), 1,
	    "exact doubles differ");
	T_INTEQ(cmp(dbl, "NaN", "NaN", NULL), 0,
	    "NaN (as the drivers print it) equals NaN");
	T_INTEQ(cmp(dbl, "1.5", "NaN", "expected 1.5, got NaN"), 1,
	    "NaN differs from a number");
	T_INTEQ(cmp(ldesign, "[null,[1,2],[3,4]]", "[null,[2,1],[4,3]]",
	    NULL), 0, "design: unordered applies to each call's result");
	T_INTEQ(cmp(ldesign, "[null,[1,2],[3,4]]", "[null,[3,4],[1,2]]",
	    NULL), 1, "design: calls stay in order");
	T_INTEQ(cmp(rev, "[\"\\u00e9\"]", "[\"\xc3\xa9\"]", NULL), 0,
	    "escaped and raw unicode equal");
}

static void
test_describe(void)
{
	struct sig	*s;
	char		 err[256], *d;

	s = parse(two_sum, err, sizeof(err));
	d = sig_describe_input(s, "[2,7,11,15]\n9\n", 14, 100);
	T_STREQ(d, "nums = [2,7,11,15], target = 9", "describe input");
	free(d);
	d = sig_describe_input(s, "[2,7,11,15]\n9\n", 14, 12);
	T_OK(d != NULL && strlen(d) <= 12 && strcmp(d + strlen(d) - 3,
	    "...") == 0, "describe input capped (%s)", d);
	free(d);
	sig_free(s);
}

/* The embedded drivers are the files in judge/harness/ (when present). */
static void
test_embedded(void)
{
	const struct sig_harness	*h;
	char				 path[256], *data;
	FILE				*f;
	long				 n;
	int				 checked = 0, same = 1;

	for (h = sig_harness_files; h->name != NULL; h++) {
		snprintf(path, sizeof(path), "judge/harness/%s", h->name);
		if ((f = fopen(path, "rb")) == NULL)
			continue;
		fseek(f, 0, SEEK_END);
		n = ftell(f);
		rewind(f);
		data = malloc((size_t)n + 1);
		if (fread(data, 1, (size_t)n, f) != (size_t)n ||
		    (size_t)n != h->len || memcmp(data, h->data, h->len) != 0) {
			printf("#   %s differs: run scripts/embed-harness\n",
			    h->name);
			same = 0;
		}
		free(data);
		fclose(f);
		checked++;
	}
	T_OK(sig_harness_get("driver.py", NULL) != NULL &&
	    sig_harness_get("nope", NULL) == NULL, "harness lookup");
	if (checked == 0)
		T_OK(1, "embedded drivers # SKIP not run from the repo root");
	else
		T_OK(same, "embedded drivers match judge/harness/ (%d files)",
		    checked);
}

int
main(void)
{
	test_parse_good();
	test_parse_bad();
	test_validate();
	test_stubs();
	test_build();
	test_frame_results();
	test_compare();
	test_describe();
	test_embedded();
	T_DONE();
}
