/* sigs.h: the fixed signature set the sig fuzzers judge values against. */
/*
 * One of each shape the bundled function problems use (problems/ with
 * kind: function): in-place arrays, every scalar and array type, 2-D
 * arrays, ListNode, TreeNode, the four compare modes, and two design
 * classes.  The first byte of a fuzz input picks one (modulo NSIGS).
 */
#ifndef FUZZ_SIGS_H
#define FUZZ_SIGS_H

#include <stdlib.h>

#include <json-c/json.h>

#include "../../judge/sig.h"

static const char *const sig_texts[] = {
	/* 0 rotate-array: in-place int[] */
	"{\"function\":\"rotate\",\"params\":[{\"name\":\"nums\",\"type\":"
	"\"int[]\"},{\"name\":\"k\",\"type\":\"int\"}],\"returns\":\"void\","
	"\"inplace\":\"nums\",\"compare\":\"exact\"}",
	/* 1 two-sum: unordered */
	"{\"function\":\"twoSum\",\"params\":[{\"name\":\"nums\",\"type\":"
	"\"int[]\"},{\"name\":\"target\",\"type\":\"int\"}],\"returns\":"
	"\"int[]\",\"compare\":\"unordered\"}",
	/* 2 average-levels: TreeNode -> double[], float */
	"{\"function\":\"averageOfLevels\",\"params\":[{\"name\":\"root\","
	"\"type\":\"TreeNode\"}],\"returns\":\"double[]\",\"compare\":"
	"\"float:1e-5\"}",
	/* 3 group-anagrams: string[] -> string[][], unordered:deep */
	"{\"function\":\"groupAnagrams\",\"params\":[{\"name\":\"strs\","
	"\"type\":\"string[]\"}],\"returns\":\"string[][]\",\"compare\":"
	"\"unordered:deep\"}",
	/* 4 is-palindrome-number: long -> bool */
	"{\"function\":\"isPalindrome\",\"params\":[{\"name\":\"x\",\"type\":"
	"\"long\"}],\"returns\":\"bool\"}",
	/* 5 merge-two-sorted-lists: ListNode x2 -> ListNode */
	"{\"function\":\"mergeTwoLists\",\"params\":[{\"name\":\"list1\","
	"\"type\":\"ListNode\"},{\"name\":\"list2\",\"type\":\"ListNode\"}],"
	"\"returns\":\"ListNode\"}",
	/* 6 number-of-islands: char[][] -> int */
	"{\"function\":\"numIslands\",\"params\":[{\"name\":\"grid\",\"type\":"
	"\"char[][]\"}],\"returns\":\"int\"}",
	/* 7 level-order: TreeNode -> int[][] */
	"{\"function\":\"levelOrder\",\"params\":[{\"name\":\"root\",\"type\":"
	"\"TreeNode\"}],\"returns\":\"int[][]\"}",
	/* 8 every scalar in, string out */
	"{\"function\":\"mix\",\"params\":[{\"name\":\"a\",\"type\":\"int\"},"
	"{\"name\":\"b\",\"type\":\"long\"},{\"name\":\"c\",\"type\":"
	"\"double\"},{\"name\":\"d\",\"type\":\"bool\"},{\"name\":\"e\","
	"\"type\":\"string\"},{\"name\":\"f\",\"type\":\"char\"},{\"name\":"
	"\"g\",\"type\":\"string[][]\"},{\"name\":\"h\",\"type\":"
	"\"double[]\"},{\"name\":\"i\",\"type\":\"bool[]\"},{\"name\":\"j\","
	"\"type\":\"char[]\"},{\"name\":\"k\",\"type\":\"long[]\"}],"
	"\"returns\":\"string\"}",
	/* 9 in-place TreeNode */
	"{\"function\":\"invert\",\"params\":[{\"name\":\"root\",\"type\":"
	"\"TreeNode\"}],\"returns\":\"void\",\"inplace\":\"root\"}",
	/* 10 lru-cache: design */
	"{\"class\":\"LRUCache\",\"constructor\":[{\"name\":\"capacity\","
	"\"type\":\"int\"}],\"methods\":[{\"function\":\"get\",\"params\":"
	"[{\"name\":\"key\",\"type\":\"int\"}],\"returns\":\"int\"},"
	"{\"function\":\"put\",\"params\":[{\"name\":\"key\",\"type\":"
	"\"int\"},{\"name\":\"value\",\"type\":\"int\"}],\"returns\":"
	"\"void\"}],\"compare\":\"exact\"}",
	/* 11 a design with richer methods, unordered results */
	"{\"class\":\"Store\",\"constructor\":[],\"methods\":[{\"function\":"
	"\"add\",\"params\":[{\"name\":\"words\",\"type\":\"string[]\"},"
	"{\"name\":\"w\",\"type\":\"double\"}],\"returns\":\"void\"},"
	"{\"function\":\"query\",\"params\":[{\"name\":\"tree\",\"type\":"
	"\"TreeNode\"}],\"returns\":\"int[][]\"},{\"function\":\"head\","
	"\"returns\":\"ListNode\"}],\"compare\":\"unordered\"}",
};
#define NSIGS	(sizeof(sig_texts) / sizeof(sig_texts[0]))

static struct sig *sigs[NSIGS];

/* Parse the set once; a failure is a broken fuzzer, not a finding. */
static void
sigs_load(void)
{
	struct json_object	*o;
	char			 err[256];
	size_t			 i;

	if (sigs[0] != NULL)
		return;
	for (i = 0; i < NSIGS; i++) {
		o = json_tokener_parse(sig_texts[i]);
		if (o == NULL || sig_parse(o, &sigs[i], err, sizeof(err)) ==
		    -1)
			abort();
		json_object_put(o);
	}
}

#endif
