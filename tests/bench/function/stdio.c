/* stdio.c: rotate-array as a stdin/stdout program (same reversals as sol.c). */
#include <stdio.h>
#include <stdlib.h>

static void
reverse(int *a, int i, int j)
{
	for (j--; i < j; i++, j--) {
		int t = a[i];
		a[i] = a[j];
		a[j] = t;
	}
}

int
main(void)
{
	int	 n, k, i, *a;

	if (scanf("%d %d", &n, &k) != 2 || n < 1 ||
	    (a = malloc(sizeof(*a) * n)) == NULL)
		return 1;
	for (i = 0; i < n; i++)
		if (scanf("%d", &a[i]) != 1)
			return 1;
	k %= n;
	reverse(a, 0, n);
	reverse(a, 0, k);
	reverse(a, k, n);
	for (i = 0; i < n; i++)
		printf("%d%c", a[i], i + 1 < n ? ' ' : '\n');
	free(a);
	return 0;
}
