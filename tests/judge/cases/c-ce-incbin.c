// expect: CE AC
// .incbin of a host file: /etc/passwd in the compile box is synthetic or
// absent: the assembler fails (CE), or embeds an empty box file (AC).
// The host's file would print LEAKED (WA).
#include <stdio.h>
__asm__(".section .rodata\n.global blob\nblob:\n.incbin \"/etc/shadow\"\n.byte 0\n.text\n");

extern const char blob[];

int
main(void)
{
	long long a, b;

	if (blob[0] != '\0') {
		printf("LEAKED\n");
		return 0;
	}
	if (scanf("%lld %lld", &a, &b) != 2)
		return 1;
	printf("%lld\n", a + b);
	return 0;
}
